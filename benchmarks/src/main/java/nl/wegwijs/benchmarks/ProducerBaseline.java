package nl.wegwijs.benchmarks;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import nl.wegwijs.platform.kafka.KafkaLogin;
import nl.wegwijs.platform.kafka.KafkaTopics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The broker's limit on this machine: one producer ({@code acks=all}, idempotent, otherwise Kafka's defaults) sending
 * records the size of a NewcomerProfiled sample, keyed like the platform's, to a topic partitioned like the platform's.
 */
final class ProducerBaseline {

    static final String TOPIC = "bench.producer-baseline";
    private static final int WARM_UP = 2_000;

    record Figures(long records, int recordBytes, Duration elapsed) {
        double recordsPerSecond() {
            return records / seconds();
        }

        double megabytesPerSecond() {
            return records * (double) recordBytes / (1024 * 1024) / seconds();
        }

        private double seconds() {
            return elapsed.toNanos() / 1e9;
        }
    }

    private ProducerBaseline() {}

    /** @param broker the broker's own principal: the benchmark's topic is none of the platform's */
    static Figures run(KafkaLogin broker, int records) throws Exception {
        KafkaTopics.create(broker, List.of(TOPIC), 3);
        byte[] value = Samples.newcomerProfiled().getBytes(StandardCharsets.UTF_8);
        AtomicReference<Exception> failure = new AtomicReference<>();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(broker.clientProperties(Map.of(
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                true,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                ByteArraySerializer.class)))) {
            send(producer, value, WARM_UP, failure);
            long start = System.nanoTime();
            send(producer, value, records, failure);
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            if (failure.get() != null) {
                throw new IllegalStateException("The baseline producer failed", failure.get());
            }
            return new Figures(records, value.length, elapsed);
        }
    }

    private static void send(
            KafkaProducer<String, byte[]> producer, byte[] value, int count, AtomicReference<Exception> failure) {
        for (int i = 0; i < count; i++) {
            producer.send(new ProducerRecord<>(TOPIC, UUID.randomUUID().toString(), value), (metadata, error) -> {
                if (error != null) {
                    failure.compareAndSet(null, error);
                }
            });
        }
        producer.flush();
    }
}
