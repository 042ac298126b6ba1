package nl.wegwijs.support.kafka;

import org.springframework.cloud.stream.config.ListenerContainerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;

/**
 * A consumer stops after the record (a batch consumer: the batch) it is handling, not after the rest of its last poll (up to 500 records, each
 * costing forced store writes). What it has not handled is not committed and comes again after the restart, where
 * every consumer is idempotent. An idle consumer's poll returns within a second, so a stop does not wait out Spring
 * Kafka's 5 s poll either. This keeps a SIGTERM under load within its 15 s (docs/adr/0010).
 */
@Configuration(proxyBeanMethods = false)
public class StopAfterCurrentRecord {

    static final long POLL_TIMEOUT_MILLIS = 1_000;

    @Bean
    BatchDeadLetters batchDeadLetters(Environment environment) {
        return new BatchDeadLetters(environment);
    }

    /** The one container customizer the binder takes: also the dead letters of batch bindings (ADR 26). */
    @Bean
    ListenerContainerCustomizer<AbstractMessageListenerContainer<?, ?>> stopAfterTheCurrentRecordAndPollBriefly(
            BatchDeadLetters deadLetters) {
        return new ServiceListenerContainers(deadLetters);
    }
}
