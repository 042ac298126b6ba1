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
 * Kafka's 5 s poll either. This keeps a SIGTERM under load within its 15 s (docs/adr/0010). And a record reaches an
 * idle consumer at once ({@link #FETCH_MAX_WAIT_MILLIS}).
 */
@Configuration(proxyBeanMethods = false)
public class StopAfterCurrentRecord {

    static final long POLL_TIMEOUT_MILLIS = 1_000;

    /**
     * How long the broker holds a fetch that finds nothing: just under the poll timeout. Kafka 4.1's consumer (the
     * {@code consumer} group protocol, KAFKA-19259) sends no new fetch after an empty answer until its poll ends, and
     * no second fetch while one is out. So the idle consumer almost always has a fetch waiting, which the broker
     * answers as soon as a record arrives; a record arriving in the last 100 ms of a poll waits for the next poll's
     * fetch. A wait of 50 ms made a record wait up to a second; one equal to the poll timeout, a whole poll now and
     * then (docs/adr/0032).
     */
    static final long FETCH_MAX_WAIT_MILLIS = POLL_TIMEOUT_MILLIS - 100;

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
