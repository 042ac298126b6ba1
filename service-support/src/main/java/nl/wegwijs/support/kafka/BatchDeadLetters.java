package nl.wegwijs.support.kafka;

import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer.HeaderNames;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Dead letters of a batch binding, one record at a time (ADR 26). The binder's own DLQ in batch mode sends the whole
 * poll to the dead-letter topic; instead, a batch consumer throws {@code BatchListenerFailedException} naming the
 * record it could not read (see {@link BatchRecords}). Spring Kafka's {@link DefaultErrorHandler} then commits the
 * records before it, retries it with the binding's back-off, publishes it to {@code dlq-name} on its own partition
 * and polls the rest again. A failure that names no record (the store is down) retries the whole batch the same way.
 * The producer signs in as the service, with the binder's settings ({@link NoStackTraceHeaders} included).
 */
final class BatchDeadLetters implements DisposableBean {

    private final Environment environment;
    private DefaultKafkaProducerFactory<byte[], byte[]> producers;
    private KafkaTemplate<byte[], byte[]> template;

    BatchDeadLetters(Environment environment) {
        this.environment = environment;
    }

    CommonErrorHandler errorHandler(String deadLetterTopic, BackOff backOff) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(
                template(), (record, e) -> new TopicPartition(deadLetterTopic, record.partition()));
        recoverer.setHeaderNamesSupplier(BatchDeadLetters::binderHeaderNames);
        return new DefaultErrorHandler(recoverer, backOff == null ? new FixedBackOff(0, 0) : backOff);
    }

    /** The headers the binder puts on the dead letters of record bindings, so both kinds read the same. */
    private static HeaderNames binderHeaderNames() {
        return HeaderNames.Builder.original()
                .topicHeader("x-original-topic")
                .partitionHeader("x-original-partition")
                .offsetHeader("x-original-offset")
                .timestampHeader("x-original-timestamp")
                .timestampTypeHeader("x-original-timestamp-type")
                .consumerGroupHeader("x-original-consumer-group")
                .exception()
                .exceptionFqcn("x-exception-fqcn")
                .exceptionCauseFqcn("x-exception-cause-fqcn")
                .exceptionMessage("x-exception-message")
                .exceptionStacktrace("x-exception-stacktrace")
                .keyExceptionFqcn("x-key-exception-fqcn")
                .keyExceptionMessage("x-key-exception-message")
                .keyExceptionStacktrace("x-key-exception-stacktrace")
                .build();
    }

    private synchronized KafkaTemplate<byte[], byte[]> template() {
        if (template == null) {
            producers = BinderClientSettings.bytesProducers(environment);
            template = new KafkaTemplate<>(producers);
        }
        return template;
    }

    @Override
    public synchronized void destroy() {
        if (producers != null) {
            producers.destroy();
        }
    }
}
