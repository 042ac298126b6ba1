package nl.wegwijs.support.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A record reaches a consumer that has been idle for a while well within one poll, with the services' poll timeout
 * and fetch wait, on Kafka 4's consumer protocol (docs/adr/0032). With a fetch wait of 50 ms, Kafka 4.1's consumer
 * left such a record waiting up to a second (KAFKA-19259); this test then fails.
 */
class IdleConsumerFetchTest {

    private static final String TOPIC = "idle.fetch.v1";
    private static final EmbeddedKafkaBroker KAFKA = new EmbeddedKafkaKraftBroker(1, 1, TOPIC)
            .brokerProperties(Map.of("offsets.topic.num.partitions", "1", "group.initial.rebalance.delay.ms", "0"));

    @BeforeAll
    static void start() {
        KAFKA.afterPropertiesSet();
    }

    @AfterAll
    static void stop() {
        KAFKA.destroy();
    }

    @Test
    void aRecordSentAfterTheConsumerWasIdleArrivesWellWithinAPoll() throws Exception {
        Map<String, Long> receivedAt = new ConcurrentHashMap<>();
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                KAFKA.getBrokersAsString(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "idle-fetch",
                ConsumerConfig.GROUP_PROTOCOL_CONFIG,
                "consumer",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG,
                (int) StopAfterCurrentRecord.FETCH_MAX_WAIT_MILLIS,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class));
        AtomicInteger pollsDone = new AtomicInteger();
        AtomicLong pollStarted = new AtomicLong(System.nanoTime());
        Thread polling = new Thread(() -> {
            consumer.subscribe(List.of(TOPIC));
            try {
                while (true) {
                    pollStarted.set(System.nanoTime());
                    for (ConsumerRecord<String, String> record :
                            consumer.poll(Duration.ofMillis(StopAfterCurrentRecord.POLL_TIMEOUT_MILLIS))) {
                        receivedAt.put(record.value(), System.nanoTime());
                    }
                    pollsDone.incrementAndGet();
                }
            } catch (WakeupException stopped) {
                consumer.close();
            }
        });
        polling.start();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.getBrokersAsString(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            producer.send(new ProducerRecord<>(TOPIC, "warm-up")).get();
            await().atMost(Duration.ofSeconds(60)).until(() -> receivedAt.containsKey("warm-up"));

            Random random = new Random(32);
            List<Long> waits = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                // Idle for a whole poll at least, then sent at another point of the poll under way.
                int before = pollsDone.get();
                long into = Duration.ofMillis(random.nextInt((int) StopAfterCurrentRecord.POLL_TIMEOUT_MILLIS))
                        .toNanos();
                await().atMost(Duration.ofSeconds(10))
                        .pollInterval(Duration.ofMillis(5))
                        .until(() -> pollsDone.get() >= before + 2 && System.nanoTime() - pollStarted.get() >= into);
                producer.send(new ProducerRecord<>(TOPIC, "record-" + i)).get();
                long sent = System.nanoTime();
                String value = "record-" + i;
                await().atMost(Duration.ofSeconds(10)).until(() -> receivedAt.containsKey(value));
                waits.add(Duration.ofNanos(receivedAt.get(value) - sent).toMillis());
            }

            assertThat(waits)
                    .as("ms from each record's acknowledgement to its arrival at the idle consumer")
                    .allSatisfy(wait -> assertThat(wait).isLessThan(600));
        } finally {
            consumer.wakeup();
            polling.join(10_000);
        }
    }
}
