package nl.wegwijs.monitoring.partners;

import java.nio.file.Path;
import nl.wegwijs.contracts.directory.PartnerDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class PartnerDirectoryConfig {

    /** The default directory of event-contracts, or the file named by {@code wegwijs.partner-directory}. */
    @Bean
    PartnerDirectory partnerDirectory(@Value("${wegwijs.partner-directory:}") String file) {
        return file.isBlank() ? PartnerDirectory.loadDefault() : PartnerDirectory.load(Path.of(file));
    }
}
