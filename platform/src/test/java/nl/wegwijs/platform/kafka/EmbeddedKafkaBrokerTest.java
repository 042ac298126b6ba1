package nl.wegwijs.platform.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmbeddedKafkaBrokerTest {

    private static final Path ROOT =
            Path.of("target", "kafka-test", UUID.randomUUID().toString());
    private static final Path DATA = ROOT.resolve("persist");
    private static final String TOPIC = "platform.events";
    private static final String VALUE = "{\"id\":42,\"name\":\"Wegwijs\",\"tags\":[\"a\",\"b\"]}";
    private static final String CE_ID = UUID.randomUUID().toString();
    private static String firstClusterId;
    private static long firstStartMs = -1;

    private static EmbeddedKafkaBroker broker(Path dir) {
        return new EmbeddedKafkaBroker(dir, "localhost", 0, 0, Duration.ofSeconds(30), Map.of());
    }

    @Test
    @Order(1)
    void startsOnFreePortsAndRoundTripsACloudEventRecord() throws Exception {
        long t0 = System.nanoTime();
        try (EmbeddedKafkaBroker broker = broker(DATA).start()) {
            firstStartMs = millisSince(t0);
            assertNotEquals(0, broker.port());
            assertNotEquals(broker.port(), broker.controllerPort());
            assertEquals("localhost:" + broker.port(), broker.bootstrapServers());
            firstClusterId = broker.clusterId();
            assertNotNull(firstClusterId);

            KafkaTopics.create(broker.brokerLogin(), List.of(TOPIC), 3);
            KafkaTopics.create(broker.brokerLogin(), List.of(TOPIC, "platform.other"), 3); // idempotent

            produce(broker.brokerLogin());
            ConsumerRecord<String, String> record = consumeOne(broker.brokerLogin(), "group-1");
            assertRecord(record);
        }
    }

    @Test
    @Order(2)
    void restartOnSameDirectoryKeepsTopicAndRecord() throws Exception {
        try (EmbeddedKafkaBroker broker = broker(DATA).start()) {
            assertEquals(firstClusterId, broker.clusterId());
            try (Admin admin = Admin.create(broker.brokerLogin().clientProperties())) {
                assertEquals(
                        Set.of(TOPIC, "platform.other"),
                        admin.listTopics().names().get(10, TimeUnit.SECONDS));
                TopicDescription description = admin.describeTopics(List.of(TOPIC))
                        .allTopicNames()
                        .get(10, TimeUnit.SECONDS)
                        .get(TOPIC);
                assertEquals(3, description.partitions().size());
            }
            KafkaTopics.create(broker.brokerLogin(), List.of(TOPIC), 3); // still idempotent after restart
            assertRecord(consumeOne(broker.brokerLogin(), "group-after-restart"));

            // A dead-letter topic that an older version made with one partition grows to its source's three.
            KafkaTopics.create(broker.brokerLogin(), List.of("platform.other.dlq"), 1);
            KafkaTopics.createOrGrowDeadLetterTopics(broker.brokerLogin(), List.of("platform.other.dlq"), 3);
            try (Admin admin = Admin.create(broker.brokerLogin().clientProperties())) {
                assertEquals(
                        3,
                        admin.describeTopics(List.of("platform.other.dlq"))
                                .allTopicNames()
                                .get(10, TimeUnit.SECONDS)
                                .get("platform.other.dlq")
                                .partitions()
                                .size());
            }
        }
    }

    @Test
    @Order(3)
    void measuresFreshStartAndRestart() {
        Path dir = ROOT.resolve("timing");
        long t0 = System.nanoTime();
        EmbeddedKafkaBroker fresh = broker(dir).start();
        long freshMs = millisSince(t0);
        long t1 = System.nanoTime();
        fresh.close();
        long closeMs = millisSince(t1);
        long t2 = System.nanoTime();
        try (EmbeddedKafkaBroker restarted = broker(dir).start()) {
            long restartMs = millisSince(t2);
            assertEquals(fresh.clusterId(), restarted.clusterId());
            System.out.printf(
                    "EmbeddedKafkaBroker timings: first start in this JVM (cold, incl. format) %d ms; "
                            + "warm JVM: fresh start (incl. format) %d ms, close %d ms, restart %d ms%n",
                    firstStartMs, freshMs, closeMs, restartMs);
        }
    }

    @Test
    @Order(4)
    void occupiedFixedPortGivesClearError() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("localhost"))) {
            EmbeddedKafkaBroker broker =
                    new EmbeddedKafkaBroker(ROOT.resolve("busy"), "localhost", taken.getLocalPort(), 0);
            EmbeddedKafkaBroker.EmbeddedKafkaException e =
                    assertThrows(EmbeddedKafkaBroker.EmbeddedKafkaException.class, broker::start);
            assertTrue(e.getMessage().contains("Kafka port " + taken.getLocalPort()), e.getMessage());
            assertThrows(IllegalStateException.class, broker::bootstrapServers);
            broker.close();
            assertTrue(!java.nio.file.Files.exists(ROOT.resolve("busy")), "data dir must not be touched");
        }
    }

    private static void produce(KafkaLogin login) throws Exception {
        Map<String, Object> config = login.clientProperties(Map.of(
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                true,
                ProducerConfig.LINGER_MS_CONFIG,
                0,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, "key-42", VALUE);
            record.headers().add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_id", CE_ID.getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_type", "nl.wegwijs.thing.created".getBytes(StandardCharsets.UTF_8));
            producer.send(record).get(15, TimeUnit.SECONDS);
        }
    }

    private static ConsumerRecord<String, String> consumeOne(KafkaLogin login, String groupId) {
        Map<String, Object> config = login.clientProperties(Map.of(
                ConsumerConfig.GROUP_ID_CONFIG,
                groupId,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class));
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(TOPIC));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    consumer.commitSync();
                    return record;
                }
            }
        }
        throw new AssertionError("no record consumed from " + TOPIC + " within 20 s");
    }

    private static void assertRecord(ConsumerRecord<String, String> record) {
        assertEquals("key-42", record.key());
        assertEquals(VALUE, record.value());
        assertEquals("1.0", header(record, "ce_specversion"));
        assertEquals(CE_ID, header(record, "ce_id"));
        assertEquals("nl.wegwijs.thing.created", header(record, "ce_type"));
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static long millisSince(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }
}
