package nl.wegwijs.intake.newcomers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.wegwijs.contracts.Topics;
import nl.wegwijs.intake.IntakeApplication;
import nl.wegwijs.intake.IntakeTestBase;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Intakes accepted while the broker cannot be reached wait in their documents and are published exactly once by a
 * restarted service once the broker is reachable. The outage is an unreachable broker address for the first run of
 * the service; the second run, on the same store, gets the embedded broker.
 */
class OutboxRestartTest extends IntakeTestBase {

    private final MongoServer store = new MongoServer(new MemoryBackend());
    private final String storeUri = "mongodb://127.0.0.1:" + store.bind().getPort();

    @AfterEach
    void stopStore() {
        store.shutdownNow();
    }

    @Test
    void intakesAcceptedWhileTheBrokerIsDownArePublishedOnceAfterARestart() throws Exception {
        List<UUID> accepted = new ArrayList<>();
        try (ConfigurableApplicationContext withoutBroker = start(
                "127.0.0.1:1",
                // Fail fast on the missing broker, so this run's relay lets go before the next run starts.
                "--spring.cloud.stream.kafka.binder.configuration.default.api.timeout.ms=1500",
                "--spring.cloud.stream.kafka.binder.configuration.request.timeout.ms=1000")) {
            NewcomerService newcomers = withoutBroker.getBean(NewcomerService.class);
            NewcomerRequest request =
                    withoutBroker.getBean(JsonMapper.class).readValue(validRequest(), NewcomerRequest.class);
            for (int i = 0; i < 3; i++) {
                accepted.add(newcomers
                        .record(request, null, "officer-mjansen")
                        .newcomer()
                        .id());
            }
            assertThat(pendingEventsIn(storeUri)).isEqualTo(3 * 4);
        }
        for (UUID id : accepted) {
            assertThat(records(Topics.NEWCOMER_PROFILED, id)).isEmpty();
        }

        try (ConfigurableApplicationContext withBroker = start(kafka.getBrokersAsString())) {
            await().atMost(Duration.ofSeconds(60)).until(() -> pendingEventsIn(storeUri) == 0);
        }

        for (UUID id : accepted) {
            assertThat(records(Topics.NEWCOMER_PROFILED, id)).hasSize(1);
            assertThat(records(Topics.FOLLOW_UPS, id)).hasSize(3);
        }
    }

    private ConfigurableApplicationContext start(String brokers, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.mongodb.uri=" + storeUri,
                "--spring.cloud.stream.kafka.binder.brokers=" + brokers,
                "--wegwijs.outbox.sweep-interval=PT1S",
                "--NEWCOMER_MASTER_KEY=classpath:newcomer-master-key.json",
                "--OUTBOX_MAX_BLOCK_MS=1000",
                "--spring.main.banner-mode=off"));
        args.addAll(List.of(more));
        return IntakeApplication.application().run(args.toArray(String[]::new));
    }

    private static long pendingEventsIn(String uri) {
        try (MongoClient client = MongoClients.create(uri)) {
            MongoCollection<Document> newcomers =
                    client.getDatabase("wegwijs-intake").getCollection("newcomers");
            long pending = 0;
            for (Document newcomer : newcomers.find()) {
                pending += newcomer.getList("pendingEvents", Document.class).size();
            }
            return pending;
        }
    }
}
