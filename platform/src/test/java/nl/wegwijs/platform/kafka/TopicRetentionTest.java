package nl.wegwijs.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: no topic kept its records forever. Every topic keeps them 30 days after the broker appended them, also a
 * topic an older version made, and a record that carries an old time (the pilot replay's) is not deleted on arrival.
 */
class TopicRetentionTest {

    @TempDir
    Path dir;

    @Test
    void newAndOlderTopicsKeepRecordsThirtyDaysFromTheirAppend() throws Exception {
        try (EmbeddedKafkaBroker broker =
                        new EmbeddedKafkaBroker(dir, "localhost", 0, 0, Duration.ofSeconds(30), Map.of()).start();
                Admin admin = Admin.create(broker.brokerLogin().clientProperties())) {
            admin.createTopics(List.of(new NewTopic("made.by.an.older.version", 1, (short) 1)))
                    .all()
                    .get(10, TimeUnit.SECONDS);

            KafkaTopics.create(broker.brokerLogin(), List.of("made.now", "made.by.an.older.version"), 1);

            for (String topic : List.of("made.now", "made.by.an.older.version")) {
                Config config = admin.describeConfigs(List.of(new ConfigResource(ConfigResource.Type.TOPIC, topic)))
                        .all()
                        .get(10, TimeUnit.SECONDS)
                        .values()
                        .iterator()
                        .next();
                assertThat(config.get("retention.ms").value())
                        .as(topic)
                        .isEqualTo(Long.toString(Duration.ofDays(30).toMillis()));
                assertThat(config.get("message.timestamp.type").value())
                        .as(topic)
                        .isEqualTo("LogAppendTime");
                assertThat(config.get("cleanup.policy").value()).as(topic).isEqualTo("delete");
            }

            long twoYearsAgo = Instant.now().minus(730, ChronoUnit.DAYS).toEpochMilli();
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(broker.brokerLogin()
                    .clientProperties(Map.of(
                            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class)))) {
                producer.send(new ProducerRecord<>("made.now", null, twoYearsAgo, "replayed", "an old event"))
                        .get(10, TimeUnit.SECONDS);
            }
            ConsumerRecord<String, String> record = consumeOne(broker.brokerLogin(), "made.now");
            assertThat(record.timestampType()).isEqualTo(TimestampType.LOG_APPEND_TIME);
            assertThat(record.timestamp())
                    .isGreaterThan(Instant.now().minus(1, ChronoUnit.HOURS).toEpochMilli());
        }
    }

    private static ConsumerRecord<String, String> consumeOne(KafkaLogin login, String topic) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(login.clientProperties(Map.of(
                ConsumerConfig.GROUP_ID_CONFIG,
                "retention-test",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class)))) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (records.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            assertThat(records).as("records on " + topic).hasSize(1);
            return records.get(0);
        }
    }
}
