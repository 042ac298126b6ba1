package nl.wegwijs.portal;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The web pages for people. It keeps no domain data: every page asks the services with the person's own token. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PortalApplication {

    /** The portal's own configuration file, {@code portal.yml}; see docs/adr/0002. */
    public static final String CONFIG_NAME = "portal";

    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(PortalApplication.class)
                .main(PortalApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME);
    }

    public static void main(String[] args) {
        application().run(args);
    }
}
