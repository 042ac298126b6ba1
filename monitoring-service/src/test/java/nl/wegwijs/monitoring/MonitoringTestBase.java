package nl.wegwijs.monitoring;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.time.Instant;
import nl.wegwijs.contracts.Topics;
import nl.wegwijs.support.store.StoreCommands;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one Spring context of this module's integration tests: the real service on an embedded KRaft broker and an
 * in-memory mongo-java-server (no transactions, non-unique indexes ignored), a clock the tests move, and the
 * scheduler switched off so tests call the ticks themselves, and a count of the store operations sent.
 */
@SpringBootTest(
        properties = {
            "spring.config.name=monitoring-service",
            "spring.cloud.stream.kafka.binder.brokers=${spring.embedded.kafka.brokers}",
            "wegwijs.monitoring.scheduling.enabled=false",
            "spring.kafka.consumer.auto-offset-reset=earliest"
        })
@EmbeddedKafka(
        partitions = 1,
        brokerProperties = {
            "offsets.topic.num.partitions=1",
            "offsets.topic.replication.factor=1",
            "group.initial.rebalance.delay.ms=0"
        },
        topics = {Topics.REFERRAL_STATUS_CHANGED, Topics.FOLLOW_UPS, Topics.NEWCOMER_ERASED, Topics.ESCALATIONS})
@AutoConfigureMockMvc
@Import(MonitoringTestBase.TestClock.class)
public abstract class MonitoringTestBase {

    private static final MongoServer MONGO = new MongoServer(new MemoryBackend());
    private static final InetSocketAddress MONGO_ADDRESS = MONGO.bind();

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add(
                "spring.mongodb.uri",
                () -> "mongodb://" + MONGO_ADDRESS.getHostString() + ":" + MONGO_ADDRESS.getPort());
        registry.add("spring.mongodb.database", () -> "monitoring-test");
    }

    @TestConfiguration
    static class TestClock {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(Instant.parse("2026-01-05T08:00:00Z"));
        }

        @Bean
        StoreCommands storeCommands() {
            return new StoreCommands();
        }

        @Bean
        MongoClientSettingsBuilderCustomizer countStoreCommands(StoreCommands commands) {
            return settings -> settings.addCommandListener(commands);
        }
    }
}
