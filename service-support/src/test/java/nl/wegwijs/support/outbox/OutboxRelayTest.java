package nl.wegwijs.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(
        classes = OutboxTestApplication.class,
        properties = {
            "spring.cloud.stream.kafka.binder.brokers=${spring.embedded.kafka.brokers}",
            "spring.mongodb.database=outbox-test",
            "wegwijs.outbox.sweep-interval=PT1H",
            "wegwijs.outbox.retry-delay=PT1H"
        })
@EmbeddedKafka(
        partitions = 1,
        topics = {OutboxRelayTest.FIRST, OutboxRelayTest.SECOND},
        brokerProperties = {"offsets.topic.num.partitions=1", "group.initial.rebalance.delay.ms=0"})
class OutboxRelayTest {

    static final String FIRST = "outbox.first.v1";
    static final String SECOND = "outbox.second.v1";
    private static final MongoServer MONGO = new MongoServer(new MemoryBackend());
    private static final InetSocketAddress MONGO_ADDRESS = MONGO.bind();

    @Autowired
    OutboxRelay relay;

    @Autowired
    OutboxSweep sweep;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    EmbeddedKafkaBroker kafka;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add(
                "spring.mongodb.uri",
                () -> "mongodb://" + MONGO_ADDRESS.getHostString() + ":" + MONGO_ADDRESS.getPort());
    }

    @Test
    void sendsEveryEventOfASaveInOrderAndRemovesThemInOneUpdate() {
        String id = UUID.randomUUID().toString();
        List<PendingEvent> events = List.of(event(id, FIRST), event(id, SECOND), event(id, FIRST), event(id, FIRST));
        store(id, events);

        assertThat(relay.publish(id, events).join()).isTrue();

        assertThat(eventIds(FIRST, id))
                .containsExactly(
                        events.get(0).eventId(),
                        events.get(2).eventId(),
                        events.get(3).eventId());
        assertThat(eventIds(SECOND, id)).containsExactly(events.get(1).eventId());
        Document stored = stored(id);
        assertThat(stored.getList(OutboxCollection.FIELD, Document.class)).isEmpty();
        assertThat(stored.get("version")).as("one update removed all four").isEqualTo(1);
    }

    @Test
    void aggregatesSettlingTogetherHaveTheirEventsRemovedTogetherAndARefusalStaysWithItsOwn() {
        Map<String, List<PendingEvent>> written = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            String id = UUID.randomUUID().toString();
            written.put(id, List.of(event(id, FIRST), event(id, SECOND)));
            store(id, written.get(id));
        }
        String refusing = UUID.randomUUID().toString();
        written.put(refusing, List.of(event(refusing, "not a topic name!"), event(refusing, FIRST)));
        store(refusing, written.get(refusing));

        Map<String, CompletableFuture<Boolean>> published = new java.util.LinkedHashMap<>();
        written.forEach((id, events) -> published.put(id, relay.publish(id, events)));
        published.forEach((id, done) -> assertThat(done.join()).as(id).isEqualTo(!id.equals(refusing)));

        written.forEach((id, events) -> {
            if (id.equals(refusing)) {
                assertThat(eventIds(FIRST, id)).isEmpty();
                assertThat(stored(id).getList(OutboxCollection.FIELD, Document.class))
                        .hasSize(2);
            } else {
                assertThat(eventIds(FIRST, id)).containsExactly(events.get(0).eventId());
                assertThat(eventIds(SECOND, id)).containsExactly(events.get(1).eventId());
                assertThat(stored(id).getList(OutboxCollection.FIELD, Document.class))
                        .isEmpty();
                assertThat(stored(id).get("version")).isEqualTo(1);
            }
        });
    }

    @Test
    void aWriterThatReadTheDocumentBeforeTheRemovalDoesNotPublishItsEventsAgain() {
        String id = UUID.randomUUID().toString();
        PendingEvent issued = event(id, FIRST);
        PendingEvent received = event(id, FIRST);
        store(id, List.of(issued));

        // The save's own run, and at once the acknowledgement path, which read the document with `issued` in it.
        CompletableFuture<Boolean> first = relay.publish(id, List.of(issued));
        CompletableFuture<Boolean> second = relay.publish(id, List.of(issued, received));
        assertThat(first.join()).isTrue();
        assertThat(second.join()).isTrue();
        // A reader that got the document just before the removal and publishes after it.
        assertThat(relay.publish(id, List.of(issued)).join()).isTrue();

        assertThat(eventIds(FIRST, id)).containsExactly(issued.eventId(), received.eventId());
    }

    @Test
    void eventsKeptElsewhereArePublishedInOrderOnceAndTheDocumentIsNotWritten() {
        String id = UUID.randomUUID().toString();
        PendingEvent held = event(id, FIRST);
        store(id, List.of(held)); // the document's own pending event, which this publication must leave alone
        List<PendingEvent> events = List.of(event(id, FIRST), event(id, FIRST));

        assertThat(relay.publishUnstored(id, events).join()).isTrue();
        assertThat(relay.publishUnstored(id, events).join())
                .as("sent lately: skipped")
                .isTrue();

        assertThat(eventIds(FIRST, id))
                .containsExactly(events.get(0).eventId(), events.get(1).eventId());
        Document stored = stored(id);
        assertThat(stored.getList(OutboxCollection.FIELD, Document.class))
                .extracting(event -> event.getString("eventId"))
                .containsExactly(held.eventId());
        assertThat(stored.get("version")).as("not written").isEqualTo(0);
        assertThat(relay.publishUnstored(id, List.of(event(id, "not a topic name!")))
                        .join())
                .as("a refusal is reported")
                .isFalse();
    }

    @Test
    void aRefusedEventStaysWithThoseAfterItAndNothingAfterItOvertakesIt() {
        String id = UUID.randomUUID().toString();
        PendingEvent refused = event(id, "not a topic name!");
        PendingEvent later = event(id, FIRST);
        store(id, List.of(refused, later));

        assertThat(relay.publish(id, List.of(refused, later)).join()).isFalse();
        assertThat(relay.publish(id, List.of(refused, later)).join())
                .as("tried again in order, refused again")
                .isFalse();

        assertThat(eventIds(FIRST, id)).isEmpty();
        assertThat(stored(id).getList(OutboxCollection.FIELD, Document.class))
                .extracting(event -> event.getString("eventId"))
                .containsExactly(refused.eventId(), later.eventId());
    }

    @Test
    void theSweepPublishesWhatACrashLeftInTheDocuments() {
        String id = UUID.randomUUID().toString();
        List<PendingEvent> events = List.of(event(id, FIRST), event(id, SECOND));
        store(id, events); // stored, never relayed: as after a crash

        assertThat(sweep.sweep()).isPositive();

        assertThat(eventIds(FIRST, id)).containsExactly(events.get(0).eventId());
        assertThat(eventIds(SECOND, id)).containsExactly(events.get(1).eventId());
        assertThat(stored(id).getList(OutboxCollection.FIELD, Document.class)).isEmpty();
    }

    @Test
    void anEventTheBrokerAlwaysRefusesDoesNotHoldBackTheAggregatesAfterIt() {
        String poisoned = UUID.randomUUID().toString();
        store(poisoned, List.of(event(poisoned, "not a topic name!")));
        List<String> healthy = new ArrayList<>();
        for (int i = 0; i < 101; i++) { // more than one page of the sweep, the first one with the refusal in it
            String id = UUID.randomUUID().toString();
            store(id, List.of(event(id, SECOND)));
            healthy.add(id);
        }

        sweep.sweep();

        // An event the start-up sweep is sending at the same moment is left to it: wait for its removal too.
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(healthy.stream()
                                .filter(id -> !stored(id)
                                        .getList(OutboxCollection.FIELD, Document.class)
                                        .isEmpty()))
                        .as("healthy aggregates still pending")
                        .isEmpty());
        assertThat(stored(poisoned).getList(OutboxCollection.FIELD, Document.class))
                .hasSize(1);
    }

    private void store(String id, List<PendingEvent> events) {
        List<Document> pending = new ArrayList<>();
        events.forEach(event -> {
            Document document = new Document();
            mongo.getConverter().write(event, document);
            document.remove("_class");
            pending.add(document);
        });
        mongo.insert(
                new Document("_id", id).append("version", 0).append(OutboxCollection.FIELD, pending),
                OutboxTestApplication.COLLECTION);
    }

    private Document stored(String id) {
        return mongo.findOne(query(where("_id").is(id)), Document.class, OutboxTestApplication.COLLECTION);
    }

    private static PendingEvent event(String key, String topic) {
        String eventId = UUID.randomUUID().toString();
        return new PendingEvent(
                eventId,
                topic,
                key,
                Map.of("ce_id", eventId, "ce_type", "nl.wegwijs.test.v1"),
                "{\"eventId\":\"" + eventId + "\"}");
    }

    /** The ids of the records with this key, in the order the topic holds them. */
    private List<String> eventIds(String topic, String key) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBrokersAsString(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            List<String> ids = new ArrayList<>();
            while (consumer.position(partition) < end) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(record.key())) {
                        ids.add(new String(record.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8));
                    }
                }
            }
            return ids;
        }
    }
}
