package nl.wegwijs.support.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import nl.wegwijs.support.kafka.BinderClientSettings;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Sends the outbox's events with a Kafka producer of its own, signed in as the service with the binder's producer
 * settings ({@link BinderClientSettings}): each send answers with the broker's acknowledgement as a future. Through
 * the binder's {@code StreamBridge} a send cost several times as much, and its answers came back on channels that had
 * to be matched to the events by id (ADR 35).
 */
final class EventProducer implements AutoCloseable {

    private final DefaultKafkaProducerFactory<byte[], byte[]> producers;
    private final KafkaTemplate<byte[], byte[]> kafka;
    private final PayloadSealer sealer;
    private final Duration timeout;

    /** @param timeout how long a send waits for the broker's answer before it counts as refused */
    EventProducer(Environment environment, PayloadSealer sealer, Duration timeout) {
        this.producers = BinderClientSettings.bytesProducers(environment);
        this.kafka = new KafkaTemplate<>(producers);
        this.sealer = sealer;
        this.timeout = timeout;
    }

    /**
     * Sends one event, sealed as it goes out (docs/adr/0025-crypto-shredding.md), keyed by its aggregate, with its
     * CloudEvents headers as raw UTF-8 bytes (binary mode). A send the producer or the sealer refuses at once is a
     * failed future, as is one the broker does not answer within the timeout.
     */
    CompletableFuture<Void> send(PendingEvent event) {
        try {
            return kafka.send(record(event))
                    .thenApply(acknowledged -> (Void) null)
                    .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private ProducerRecord<byte[], byte[]> record(PendingEvent event) {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(
                event.topic(), event.key().getBytes(StandardCharsets.UTF_8), sealer.payload(event));
        event.headers().forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    @Override
    public void close() {
        producers.destroy();
    }
}
