package nl.wegwijs.referral;

import nl.wegwijs.support.EnableServiceSupport;
import nl.wegwijs.support.web.RefuseWritesWhileStopping;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Referrals, their state machine, per-partner routing with data minimisation, partner inboxes and responses. */
@SpringBootApplication
@EnableServiceSupport
@Import(RefuseWritesWhileStopping.class)
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
