package nl.wegwijs.intake.newcomers;

import nl.wegwijs.support.outbox.OutboxCollection;
import nl.wegwijs.support.outbox.OutboxConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Newcomers keep their events until the broker has them (ADR 5, ADR 15). Changes append their events, so the relay
 * need not move the version: a removal never makes an officer's change conflict.
 */
@Configuration(proxyBeanMethods = false)
@Import(OutboxConfiguration.class)
class NewcomerOutbox {

    @Bean
    OutboxCollection outboxCollection() {
        return new OutboxCollection(NewcomerStore.COLLECTION, null);
    }
}
