package nl.wegwijs.notification;

import nl.wegwijs.support.EnableServiceSupport;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Escalation and reminder e-mails: recipients, templates, delivery and the record of what was sent. */
@SpringBootApplication
@EnableServiceSupport
@EnableScheduling
@EnableConfigurationProperties(NotificationSettings.class)
public class NotificationApplication {

    /** The service's own configuration file, {@code notification-service.yml}; see docs/adr/0002. */
    public static final String CONFIG_NAME = "notification-service";

    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(NotificationApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME);
    }

    public static void main(String[] args) {
        application().run(args);
    }
}
