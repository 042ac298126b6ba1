package nl.wegwijs.referral;

import static org.awaitility.Awaitility.await;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import nl.wegwijs.contracts.CloudEventHeaders;
import nl.wegwijs.contracts.EventJson;
import nl.wegwijs.contracts.EventReader;
import nl.wegwijs.contracts.EventType;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.contracts.Topics;
import nl.wegwijs.contracts.WegwijsEvent;
import nl.wegwijs.referral.referrals.Referral;
import nl.wegwijs.referral.referrals.ReferralStore;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The one Spring context of every integration test: the real service on an embedded Kafka broker (KRaft) and an
 * in-memory MongoDB-wire store. Tests keep apart by using fresh ids.
 */
@SpringBootTest(
        properties = {
            "spring.config.name=referral-service",
            "spring.cloud.stream.kafka.binder.brokers=${spring.embedded.kafka.brokers}",
            "spring.cloud.stream.default.consumer.back-off-initial-interval=50",
            "spring.cloud.stream.default.consumer.back-off-max-interval=100",
            "wegwijs.outbox.sweep-interval=PT1H"
        })
@AutoConfigureMockMvc
@Import(ReferralServiceTest.StoreReads.class)
@EmbeddedKafka(
        partitions = 1,
        brokerProperties = {"offsets.topic.num.partitions=1", "group.initial.rebalance.delay.ms=0"},
        topics = {
            Topics.NEWCOMER_PROFILED,
            Topics.NEWCOMER_ERASED,
            Topics.REFERRAL_STATUS_CHANGED,
            "partner.rsd.referrals.v1",
            "partner.taalhuis.referrals.v1",
            "partner.samen-oplopen.referrals.v1",
            "partner.cjg.referrals.v1",
            "partner.sociaal-team.referrals.v1",
            "partner.rsd.responses.v1",
            "partner.taalhuis.responses.v1",
            "partner.samen-oplopen.responses.v1",
            "partner.cjg.responses.v1",
            "partner.sociaal-team.responses.v1",
            "partner.taalhuis.responses.v1.referral-service.dlq",
            "intake.newcomer-profiled.v1.referral-service.dlq"
        })
public abstract class ReferralServiceTest {

    protected static final Duration WAIT = Duration.ofSeconds(30);
    private static final MongoServer MONGO = new MongoServer(new MemoryBackend());
    private static final InetSocketAddress MONGO_ADDRESS = MONGO.bind();

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected EmbeddedKafkaBroker kafka;

    @Autowired
    protected ReferralStore referrals;

    @Autowired
    protected ReadsById readsById;

    @TestConfiguration
    static class StoreReads {
        @Bean
        ReadsById readsById() {
            return new ReadsById();
        }

        @Bean
        MongoClientSettingsBuilderCustomizer countReadsById(ReadsById reads) {
            return settings -> settings.addCommandListener(reads);
        }
    }

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> "mongodb://localhost:" + MONGO_ADDRESS.getPort());
    }

    protected void publish(String topic, WegwijsEvent event) {
        publishRaw(topic, event.aggregateId(), event.type().ceType(), EventJson.write(event));
    }

    protected void publishRaw(String topic, String key, String ceType, byte[] payload) {
        Map<String, Object> props = KafkaTestUtils.producerProps(kafka);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props)) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, payload);
            record.headers().add(CloudEventHeaders.TYPE, ceType.getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the topic holds records matching the predicate, and returns every one that matches. */
    protected List<ConsumerRecord<String, byte[]>> awaitRecords(
            String topic, Predicate<ConsumerRecord<String, byte[]>> matching, int atLeast) {
        Map<String, Object> props = KafkaTestUtils.consumerProps(kafka, "test-" + UUID.randomUUID(), false);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            await().atMost(WAIT).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (matching.test(record)) {
                        found.add(record);
                    }
                });
                return found.size() >= atLeast;
            });
        }
        return found;
    }

    protected static Predicate<ConsumerRecord<String, byte[]>> keyed(UUID id) {
        return record -> id.toString().equals(record.key());
    }

    protected static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    protected static <T extends WegwijsEvent> T event(ConsumerRecord<String, byte[]> record, Class<T> type) {
        return (T) new EventReader().parse(EventType.of(type), record.value());
    }

    protected Referral awaitStatus(UUID referralId, ReferralStatus status) {
        await().atMost(WAIT)
                .until(() -> referrals.find(referralId).map(Referral::status).orElse(null) == status);
        return referrals.find(referralId).orElseThrow();
    }
}
