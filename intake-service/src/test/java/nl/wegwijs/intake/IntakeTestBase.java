package nl.wegwijs.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import nl.wegwijs.contracts.EventReader;
import nl.wegwijs.contracts.Topics;
import nl.wegwijs.contracts.WegwijsEvent;
import nl.wegwijs.contracts.sealing.NewcomerKeys;
import nl.wegwijs.intake.keys.NewcomerKeyStore;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one Spring context of this module's integration tests: the real service on an embedded KRaft broker and an
 * in-memory mongo-java-server, with the clock fixed at 28 November 2026.
 */
@SpringBootTest(
        properties = {
            "spring.config.name=intake-service",
            "spring.cloud.stream.kafka.binder.brokers=${spring.embedded.kafka.brokers}",
            "wegwijs.outbox.sweep-interval=PT1S",
            "wegwijs.newcomer-keys.master-key=classpath:newcomer-master-key.json",
            "spring.cloud.stream.default.consumer.back-off-initial-interval=50",
            "spring.cloud.stream.default.consumer.back-off-max-interval=100"
        })
@EmbeddedKafka(
        partitions = 1,
        brokerProperties = {"offsets.topic.num.partitions=1", "group.initial.rebalance.delay.ms=0"},
        topics = {
            Topics.NEWCOMER_PROFILED,
            Topics.FOLLOW_UPS,
            Topics.NEWCOMER_ERASED,
            Topics.NEWCOMER_NOTICES,
            Topics.REFERRAL_STATUS_CHANGED,
            IntakeTestBase.STATUS_DLQ
        })
@AutoConfigureMockMvc
@Import(IntakeTestBase.FixedClock.class)
public abstract class IntakeTestBase {

    public static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    public static final String STATUS_DLQ = "referral.status-changed.v1.intake-service.dlq";
    static final List<String> TOPICS =
            List.of(Topics.NEWCOMER_PROFILED, Topics.FOLLOW_UPS, Topics.NEWCOMER_ERASED, Topics.NEWCOMER_NOTICES);

    private static final MongoServer MONGO = new MongoServer(new MemoryBackend());
    private static KafkaConsumer<String, byte[]> offsetReader;
    private static final InetSocketAddress MONGO_ADDRESS = MONGO.bind();

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected MongoTemplate mongo;

    @Autowired
    protected EmbeddedKafkaBroker kafka;

    @Autowired
    protected JsonMapper json;

    /** The service's own key store: the tests read events as a consumer with the keys does. */
    private static NewcomerKeys keys;

    @Autowired
    void keys(NewcomerKeyStore store) {
        keys = store;
    }

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add(
                "spring.mongodb.uri",
                () -> "mongodb://" + MONGO_ADDRESS.getHostString() + ":" + MONGO_ADDRESS.getPort());
    }

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    protected static JwtRequestPostProcessor intakeOfficer() {
        return token("officer-mjansen", "INTAKE");
    }

    protected static JwtRequestPostProcessor coordinator() {
        return token("coordinator-1", "COORDINATOR");
    }

    protected static JwtRequestPostProcessor partner(String code) {
        return jwt().jwt(j -> j.subject("partner-" + code)
                        .claim("roles", List.of("PARTNER"))
                        .claim("partner", code))
                .authorities(new SimpleGrantedAuthority("ROLE_PARTNER"));
    }

    private static JwtRequestPostProcessor token(String subject, String role) {
        return jwt().jwt(j -> j.subject(subject).claim("roles", List.of(role)))
                .authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }

    /**
     * The fixture's intake, confirmed as a different person: every test records the same Amal Darwish again, and
     * only the duplicate tests meet the duplicate rule ({@link #firstIntakeOf}).
     */
    protected static String validRequest() {
        return fixture().replaceFirst("\\{", "{\"differentPersonConfirmed\": true,");
    }

    /** The fixture's intake, unconfirmed, of a person with this family name. */
    protected static String firstIntakeOf(String familyName) {
        return fixture().replace("\"Darwish\"", "\"" + familyName + "\"");
    }

    private static String fixture() {
        try (InputStream in = IntakeTestBase.class.getResourceAsStream("/intake-request.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected static MockHttpServletRequestBuilder postIntake(String body) {
        return post("/api/newcomers")
                .with(intakeOfficer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    protected JsonNode body(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString());
    }

    protected UUID recordIntake() throws Exception {
        MvcResult result = mvc.perform(postIntake(validRequest())).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(201);
        return UUID.fromString(body(result).get("newcomerId").asString());
    }

    /** Waits until the relay has published every pending event, so the topics hold all there is to read. */
    protected void awaitOutboxEmpty() {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> mongo.getCollection("newcomers")
                                .countDocuments(new Document("pendingEvents.0", new Document("$exists", true)))
                        == 0);
    }

    /** The end offset of each of the service's topics: unchanged means nothing was published. */
    protected Map<String, Long> endOffsets() {
        if (offsetReader == null) {
            offsetReader = consumer();
        }
        Map<String, Long> offsets = new HashMap<>();
        offsetReader
                .endOffsets(partitions(offsetReader))
                .forEach((tp, offset) -> offsets.merge(tp.topic(), offset, Long::sum));
        return offsets;
    }

    @AfterAll
    static void closeOffsetReader() {
        if (offsetReader != null) {
            offsetReader.close();
            offsetReader = null;
        }
    }

    /** Every record of the topic with this key, read from the beginning to the current end. */
    protected List<ConsumerRecord<String, byte[]>> records(String topic, UUID key) {
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (key.toString().equals(r.key())) {
                        found.add(r);
                    }
                });
                return partitions.stream().allMatch(tp -> consumer.position(tp) >= end.get(tp));
            });
            return found;
        }
    }

    protected static WegwijsEvent event(ConsumerRecord<String, byte[]> record) {
        return new EventReader(keys)
                .read(ceHeader(record, "ce_type"), record.value())
                .orElseThrow();
    }

    protected static String ceHeader(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private List<TopicPartition> partitions(KafkaConsumer<String, byte[]> consumer) {
        return TOPICS.stream()
                .flatMap(topic ->
                        consumer.partitionsFor(topic).stream().map(p -> new TopicPartition(topic, p.partition())))
                .toList();
    }

    protected KafkaConsumer<String, byte[]> consumer() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBrokersAsString());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "intake-test-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return new KafkaConsumer<>(config);
    }
}
