package nl.wegwijs.monitoring.sla;

import nl.wegwijs.support.outbox.OutboxCollection;
import nl.wegwijs.support.outbox.OutboxConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The SLA timers keep the escalations they fire until the broker has them (ADR 5, ADR 15). */
@Configuration(proxyBeanMethods = false)
@Import(OutboxConfiguration.class)
class TimerOutbox {

    @Bean
    OutboxCollection outboxCollection() {
        return new OutboxCollection("sla_timers", null);
    }
}
