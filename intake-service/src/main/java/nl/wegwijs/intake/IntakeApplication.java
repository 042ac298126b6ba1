package nl.wegwijs.intake;

import nl.wegwijs.support.EnableServiceSupport;
import nl.wegwijs.support.web.RefuseWritesWhileStopping;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Intake conversations, profiles, consent, follow-up conversations and erasure requests. */
@SpringBootApplication
@EnableServiceSupport
@Import(RefuseWritesWhileStopping.class)
@EnableScheduling
public class IntakeApplication {

    /** The service's own configuration file, {@code intake-service.yml}; see docs/adr/0002. */
    public static final String CONFIG_NAME = "intake-service";

    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(IntakeApplication.class)
                .main(IntakeApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME);
    }

    public static void main(String[] args) {
        application().run(args);
    }
}
