package nl.wegwijs.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.wegwijs.contracts.Topics;
import nl.wegwijs.platform.kafka.KafkaLogin;
import nl.wegwijs.platform.kafka.KafkaPrincipals;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stopped and started again on the same data folder, the platform has lost nothing. */
class PlatformRestartTest {

    @TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ON_SUCCESS)
    Path data;

    @Test
    void topicsRecordsAndDocumentsSurviveARestart() throws Exception {
        try (WegwijsPlatform first = WegwijsPlatform.start(PlatformFixtures.onFreePorts(data))) {
            try (KafkaProducer<String, String> producer =
                    new KafkaProducer<>(first.kafkaLogin(KafkaPrincipals.MONITORING)
                            .clientProperties(Map.of(
                                    ProducerConfig.ACKS_CONFIG,
                                    "all",
                                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                                    StringSerializer.class,
                                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                                    StringSerializer.class)))) {
                producer.send(new ProducerRecord<>(Topics.ESCALATIONS, "referral-1", "before restart"))
                        .get();
            }
            try (MongoClient mongo = MongoClients.create(first.mongoConnectionString())) {
                mongo.getDatabase("wegwijs-referral")
                        .getCollection("restart-probe")
                        .insertOne(new Document("_id", "referral-1").append("status", "REQUESTED"));
            }
        }

        try (WegwijsPlatform second = WegwijsPlatform.start(PlatformFixtures.onFreePorts(data))) {
            try (Admin admin =
                    Admin.create(second.kafkaLogin(KafkaPrincipals.OPERATOR).clientProperties())) {
                assertThat(admin.listTopics().names().get()).contains(Topics.ESCALATIONS, "partner.rsd.referrals.v1");
            }
            assertThat(readValues(second.kafkaLogin(KafkaPrincipals.OPERATOR), Topics.ESCALATIONS))
                    .contains("before restart");
            try (MongoClient mongo = MongoClients.create(second.mongoConnectionString())) {
                Document stored = mongo.getDatabase("wegwijs-referral")
                        .getCollection("restart-probe")
                        .find(new Document("_id", "referral-1"))
                        .first();
                assertThat(stored).containsEntry("status", "REQUESTED");
            }
        }
    }

    private static List<String> readValues(KafkaLogin operator, String topic) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(operator.clientProperties(Map.of(
                ConsumerConfig.GROUP_ID_CONFIG,
                KafkaPrincipals.OPERATOR + "-restart-test",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class)))) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            List<String> values = new java.util.ArrayList<>();
            while (values.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> values.add(record.value()));
            }
            return values;
        }
    }
}
