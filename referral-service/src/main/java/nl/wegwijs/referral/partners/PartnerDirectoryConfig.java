package nl.wegwijs.referral.partners;

import java.nio.file.Path;
import nl.wegwijs.contracts.directory.PartnerDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class PartnerDirectoryConfig {

    public static final String FILE_PROPERTY = "wegwijs.partner-directory";

    /** The default directory of event-contracts, or the file named by {@code wegwijs.partner-directory}. */
    @Bean
    PartnerDirectory partnerDirectory(@Value("${" + FILE_PROPERTY + ":}") String file) {
        return load(file);
    }

    public static PartnerDirectory load(String file) {
        return file == null || file.isBlank() ? PartnerDirectory.loadDefault() : PartnerDirectory.load(Path.of(file));
    }
}
