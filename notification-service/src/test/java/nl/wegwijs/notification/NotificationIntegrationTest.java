package nl.wegwijs.notification;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wegwijs.contracts.CloudEventHeaders;
import nl.wegwijs.contracts.EventJson;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.SlaPhase;
import nl.wegwijs.contracts.Topics;
import nl.wegwijs.contracts.WegwijsEvent;
import nl.wegwijs.contracts.directory.PartnerDirectory;
import nl.wegwijs.contracts.monitoring.FollowUpOverdue;
import nl.wegwijs.contracts.monitoring.ReferralStalled;
import nl.wegwijs.notification.notifications.Notification;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The one Spring context of every integration test: the real service against an embedded Kafka broker, an
 * in-memory MongoDB-wire store and a GreenMail SMTP server, with a clock the tests move by hand. Tests keep apart by
 * using their own referrals (and, for level 1, their own partner: storm windows are per contact).
 */
@SpringBootTest(
        properties = {
            "spring.config.name=" + NotificationApplication.CONFIG_NAME,
            "wegwijs.notifications.retry-interval=PT0.2S",
            "wegwijs.notifications.digest-interval=PT0.2S",
            "wegwijs.notifications.retries.max-attempts=3",
            "wegwijs.notifications.retries.first-backoff=PT1M",
            "wegwijs.notifications.retries.multiplier=2",
            "wegwijs.notifications.retries.max-backoff=PT1H",
            "resilience4j.retry.instances.smtp.wait-duration=20ms",
            "resilience4j.circuitbreaker.instances.smtp.wait-duration-in-open-state=1s",
            "spring.mail.properties.mail.smtp.connectiontimeout=1000"
        })
@AutoConfigureMockMvc
@EmbeddedKafka(
        partitions = 1,
        topics = {Topics.ESCALATIONS, Topics.NEWCOMER_NOTICES, Topics.NEWCOMER_ERASED, NotificationIntegrationTest.DLQ},
        bootstrapServersProperty = "spring.cloud.stream.kafka.binder.brokers")
@Import(TestClockConfig.class)
abstract class NotificationIntegrationTest {

    static final String DLQ = "monitoring.escalations.v1.notification-service.dlq";

    static final MongoServer MONGO = new MongoServer(new MemoryBackend());
    static final InetSocketAddress MONGO_ADDRESS = MONGO.bind();
    static final TestSmtp SMTP = TestSmtp.onFreePort();
    static final PartnerDirectory DIRECTORY = PartnerDirectory.loadDefault();

    private static KafkaProducer<String, byte[]> producer;

    @Autowired
    MockMvc mvc;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MutableClock clock;

    @Autowired
    EmbeddedKafkaBroker broker;

    @DynamicPropertySource
    static void addresses(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> "mongodb://127.0.0.1:" + MONGO_ADDRESS.getPort());
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", SMTP::port);
    }

    @AfterAll
    static void closeProducer() {
        if (producer != null) {
            producer.close();
            producer = null;
        }
    }

    void publish(WegwijsEvent event) {
        publish(event.aggregateId(), event.type().ceType(), EventJson.write(event));
    }

    void publish(String key, String ceType, byte[] payload) {
        publish(Topics.ESCALATIONS, key, ceType, payload);
    }

    void publish(String topic, WegwijsEvent event) {
        publish(topic, event.aggregateId(), event.type().ceType(), EventJson.write(event));
    }

    private void publish(String topic, String key, String ceType, byte[] payload) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, payload);
        record.headers().add(CloudEventHeaders.TYPE, ceType.getBytes(StandardCharsets.UTF_8));
        try {
            producer().send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            Map<String, Object> props = KafkaTestUtils.producerProps(broker.getBrokersAsString());
            producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    ReferralStalled stalled(PartnerCode partner, int level) {
        return new ReferralStalled(
                UUID.randomUUID(),
                clock.instant(),
                "GM0355",
                UUID.randomUUID(),
                UUID.randomUUID(),
                partner,
                SlaPhase.PICK_UP,
                level,
                Instant.parse("2026-03-17T23:00:00Z"),
                5,
                37);
    }

    ReferralStalled stalled(PartnerCode partner, int level, int openBacklog, Instant occurredAt) {
        return new ReferralStalled(
                UUID.randomUUID(),
                occurredAt,
                "GM0355",
                UUID.randomUUID(),
                UUID.randomUUID(),
                partner,
                SlaPhase.PICK_UP,
                level,
                Instant.parse("2026-03-17T23:00:00Z"),
                5,
                openBacklog);
    }

    FollowUpOverdue followUpOverdue() {
        return new FollowUpOverdue(
                UUID.randomUUID(), clock.instant(), "GM0355", UUID.randomUUID(), 1, LocalDate.parse("2026-03-01"), 3);
    }

    static String contactOf(PartnerCode partner) {
        return DIRECTORY.partner(partner).orElseThrow().contacts().get(0).email();
    }

    static String coordinator() {
        return DIRECTORY.municipality().coordinatorEmail();
    }

    List<Notification> notificationsOf(UUID eventId) {
        return mongo.find(query(where("sourceId").is(eventId.toString())), Notification.class);
    }

    static JwtRequestPostProcessor tokenWithRole(String role) {
        return jwt().jwt(token -> token.claim("roles", List.of(role)))
                .authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }
}
