package nl.wegwijs.referral.referrals;

import nl.wegwijs.support.outbox.OutboxCollection;
import nl.wegwijs.support.outbox.OutboxConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** Referrals keep their events until the broker has them (ADR 5, ADR 15); whole-document saves check the version. */
@Configuration(proxyBeanMethods = false)
@Import(OutboxConfiguration.class)
class ReferralOutbox {

    @Bean
    OutboxCollection outboxCollection() {
        return new OutboxCollection(Referral.COLLECTION, "version");
    }
}
