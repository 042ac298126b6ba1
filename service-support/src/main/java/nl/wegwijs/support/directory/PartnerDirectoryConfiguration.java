package nl.wegwijs.support.directory;

import java.nio.file.Path;
import nl.wegwijs.contracts.directory.PartnerDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The partner directory every service reads: the default one of event-contracts, or the file a setting names. */
@Configuration(proxyBeanMethods = false)
public class PartnerDirectoryConfiguration {

    /** The setting naming a directory file; blank means the default directory of event-contracts. */
    public static final String FILE_PROPERTY = "wegwijs.partner-directory";

    @Bean
    @ConditionalOnMissingBean
    PartnerDirectory partnerDirectory(@Value("${" + FILE_PROPERTY + ":}") String file) {
        return load(file);
    }

    /** For code that needs the directory before the context exists, such as binding registration. */
    public static PartnerDirectory load(String file) {
        return file == null || file.isBlank() ? PartnerDirectory.loadDefault() : PartnerDirectory.load(Path.of(file));
    }
}
