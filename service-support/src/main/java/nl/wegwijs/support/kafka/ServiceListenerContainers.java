package nl.wegwijs.support.kafka;

import java.util.function.BiFunction;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.cloud.stream.binder.ExtendedConsumerProperties;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.cloud.stream.binder.kafka.properties.KafkaConsumerProperties;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.util.backoff.BackOff;

/**
 * Every listener container of a service stops after the record or batch it is handling and polls briefly
 * ({@link StopAfterCurrentRecord}). A record binding keeps the binder's retries and dead letters (ADR 5); a batch
 * binding ({@code batch-mode: true}, {@code enable-dlq: false}, its {@code dlq-name} set) gets them per record from
 * {@link BatchDeadLetters} (ADR 26).
 */
final class ServiceListenerContainers implements ListenerContainerWithDlqAndRetryCustomizer {

    private final BatchDeadLetters deadLetters;

    ServiceListenerContainers(BatchDeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Override
    public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group) {
        container.getContainerProperties().setStopImmediate(true);
        container.getContainerProperties().setPollTimeout(StopAfterCurrentRecord.POLL_TIMEOUT_MILLIS);
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
        String deadLetterTopic = properties.getExtension().getDlqName();
        if (properties.isBatchMode() && deadLetterTopic != null) {
            container.setCommonErrorHandler(deadLetters.errorHandler(deadLetterTopic, backOff));
        }
    }
}
