package nl.wegwijs.support.kafka;

import java.util.function.BiFunction;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.cloud.stream.binder.ExtendedConsumerProperties;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.cloud.stream.binder.kafka.properties.KafkaConsumerProperties;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.util.backoff.BackOff;

/**
 * Every listener container of a service stops after the record or batch it is handling, polls briefly and has its
 * fetches wait at the broker for nearly the whole poll ({@link StopAfterCurrentRecord}). A record binding keeps the binder's retries and dead letters (ADR 5); a batch
 * binding ({@code batch-mode: true}, {@code enable-dlq: false}, its {@code dlq-name} set) gets them per record from
 * {@link BatchDeadLetters} (ADR 26).
 */
final class ServiceListenerContainers implements ListenerContainerWithDlqAndRetryCustomizer {

    private static final String FETCH_MAX_WAIT = ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG;

    private final BatchDeadLetters deadLetters;

    ServiceListenerContainers(BatchDeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Override
    public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group) {
        container.getContainerProperties().setStopImmediate(true);
        container.getContainerProperties().setPollTimeout(StopAfterCurrentRecord.POLL_TIMEOUT_MILLIS);
        container
                .getContainerProperties()
                .getKafkaConsumerProperties()
                .setProperty(FETCH_MAX_WAIT, String.valueOf(StopAfterCurrentRecord.FETCH_MAX_WAIT_MILLIS));
    }

    @Override
    public void configure(
            AbstractMessageListenerContainer<?, ?> container,
            String destinationName,
            String group,
            BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver,
            BackOff backOff) {
        configure(container, destinationName, group);
    }

    @Override
    public void configure(
            AbstractMessageListenerContainer<?, ?> container,
            String destinationName,
            String group,
            BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver,
            BackOff backOff,
            ExtendedConsumerProperties<KafkaConsumerProperties> properties) {
        configure(container, destinationName, group, dlqDestinationResolver, backOff);
        if (properties.getExtension().getConfiguration().containsKey(FETCH_MAX_WAIT)) {
            // The binding's own wait stays: a batch binding's window for more records (ADR 26).
            container.getContainerProperties().getKafkaConsumerProperties().remove(FETCH_MAX_WAIT);
        }
        String deadLetterTopic = properties.getExtension().getDlqName();
        if (properties.isBatchMode() && deadLetterTopic != null) {
            container.setCommonErrorHandler(deadLetters.errorHandler(deadLetterTopic, backOff));
        }
    }
}
