package nl.wegwijs.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.wegwijs.contracts.Topics;
import nl.wegwijs.platform.kafka.EmbeddedKafkaBroker;
import nl.wegwijs.platform.mongo.EmbeddedMongo;
import nl.wegwijs.platform.services.ServiceLauncher.Service;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * Given the addresses of a Kafka cluster and a MongoDB, the platform uses them and starts neither of its own: what the
 * Testcontainers variant of the route relies on, proven here with a broker and a store started beside it.
 */
class ExternalInfrastructureTest {

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path dir;

    @Test
    void theServicesUseTheGivenKafkaAndMongoAndNoEmbeddedOnes() throws Exception {
        try (EmbeddedKafkaBroker kafka =
                        new EmbeddedKafkaBroker(dir.resolve("external-kafka"), "localhost", 0, 0).start();
                EmbeddedMongo mongo = EmbeddedMongo.start(dir.resolve("external-mongo"), "localhost", 0)) {
            Path data = dir.resolve("platform");
            PlatformSettings settings = PlatformSettings.onFreePorts(
                    data,
                    "--wegwijs.platform.kafka-bootstrap-servers=" + kafka.bootstrapServers(),
                    "--wegwijs.platform.mongodb-uri=" + mongo.connectionString());

            try (WegwijsPlatform platform = WegwijsPlatform.start(settings)) {
                assertThat(platform.kafkaBootstrapServers()).isEqualTo(kafka.bootstrapServers());
                assertThat(platform.mongoConnectionString()).isEqualTo(mongo.connectionString());
                assertThat(data.resolve("kafka")).doesNotExist();
                assertThat(data.resolve("mongo")).doesNotExist();

                try (Admin admin = Admin.create(kafka.brokerLogin().clientProperties())) {
                    assertThat(admin.listTopics().names().get())
                            .contains(Topics.ESCALATIONS, "partner.rsd.referrals.v1");
                }

                PlatformClient client = new PlatformClient(platform);
                HttpResponse<String> intake = client.post(
                        platform.serviceUrl(Service.INTAKE) + "/api/newcomers",
                        client.token("intake-officer"),
                        Files.readString(Path.of(getClass()
                                .getResource("/intake-three-referrals.json")
                                .toURI())));
                assertThat(intake.statusCode()).as(intake.body()).isEqualTo(201);
                try (MongoClient store = MongoClients.create(mongo.connectionString())) {
                    assertThat(store.getDatabase("wegwijs-intake").listCollectionNames())
                            .isNotEmpty();
                }
            }
        }
    }
}
