package nl.wegwijs.referral;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Referrals, their state machine, per-partner routing with data minimisation, partner inboxes and responses. */
@SpringBootApplication
@EnableScheduling
public class ReferralApplication {

    /** The service's own configuration file, {@code referral-service.yml}; see docs/adr/0002. */
    public static final String CONFIG_NAME = "referral-service";

    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(ReferralApplication.class)
                .main(ReferralApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME);
    }

    public static void main(String[] args) {
        application().run(args);
    }
}
