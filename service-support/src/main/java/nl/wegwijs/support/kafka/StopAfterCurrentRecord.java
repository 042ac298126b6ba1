package nl.wegwijs.support.kafka;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.cloud.stream.config.ListenerContainerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;

/**
 * A consumer stops after the record it is handling, not after the rest of its last poll (up to 500 records, each
 * costing forced store writes). What it has not handled is not committed and comes again after the restart, where
 * every consumer is idempotent. An idle consumer's poll returns within a second, so a stop does not wait out Spring
 * Kafka's 5 s poll either. This keeps a SIGTERM under load within its 15 s (docs/adr/0010).
 */
@AutoConfiguration
public class StopAfterCurrentRecord {

    static final long POLL_TIMEOUT_MILLIS = 1_000;

    @Bean
    ListenerContainerCustomizer<AbstractMessageListenerContainer<?, ?>> stopAfterCurrentRecord() {
        return (container, destination, group) -> {
            container.getContainerProperties().setStopImmediate(true);
            container.getContainerProperties().setPollTimeout(POLL_TIMEOUT_MILLIS);
        };
    }
}
