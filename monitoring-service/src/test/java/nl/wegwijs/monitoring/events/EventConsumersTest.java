package nl.wegwijs.monitoring.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import nl.wegwijs.contracts.CloudEventHeaders;
import nl.wegwijs.contracts.EventJson;
import nl.wegwijs.contracts.EventType;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.contracts.Topics;
import nl.wegwijs.contracts.WegwijsEvent;
import nl.wegwijs.contracts.intake.FollowUpScheduled;
import nl.wegwijs.contracts.intake.NewcomerErased;
import nl.wegwijs.contracts.referral.ReferralStatusChanged;
import nl.wegwijs.monitoring.Events;
import nl.wegwijs.monitoring.MonitoringTestBase;
import nl.wegwijs.monitoring.sla.SlaTimer;
import nl.wegwijs.monitoring.sla.TimerStore;
import nl.wegwijs.monitoring.timeline.StatusChange;
import nl.wegwijs.monitoring.timeline.Timeline;
import nl.wegwijs.monitoring.timeline.TimelineService;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;

/** The consumers on the real embedded broker: records as the referral and intake services write them. */
class EventConsumersTest extends MonitoringTestBase {

    private static final Duration BOUND = Duration.ofSeconds(30);

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    TimelineService timelines;

    @Autowired
    TimerStore timers;

    Producer<String, byte[]> producer;

    @BeforeEach
    void producer() {
        producer = new KafkaProducer<>(
                KafkaTestUtils.producerProps(broker), new StringSerializer(), new ByteArraySerializer());
    }

    @AfterEach
    void close() {
        producer.close();
    }

    @Test
    void statusChangesArrivingTwiceAndOutOfOrderAreAppliedOnceInSequenceOrder() {
        Events referral = new Events(PartnerCode.TAALHUIS);
        Instant at = Instant.parse("2026-05-11T09:00:00Z");
        ReferralStatusChanged requested = referral.to(ReferralStatus.REQUESTED, at);
        ReferralStatusChanged received = referral.to(ReferralStatus.RECEIVED, at.plusSeconds(3600));
        ReferralStatusChanged accepted = referral.to(ReferralStatus.ACCEPTED, at.plusSeconds(7200));

        send(Topics.REFERRAL_STATUS_CHANGED, accepted);
        send(Topics.REFERRAL_STATUS_CHANGED, requested);
        send(Topics.REFERRAL_STATUS_CHANGED, requested);
        send(Topics.REFERRAL_STATUS_CHANGED, received);
        send(Topics.REFERRAL_STATUS_CHANGED, accepted);

        Timeline timeline = await().atMost(BOUND)
                .until(
                        () -> timelines.find(referral.referralId()).orElse(null),
                        found -> found != null && found.lastSequence() == 3);
        assertThat(timeline.changes())
                .extracting(StatusChange::to)
                .containsExactly(ReferralStatus.REQUESTED, ReferralStatus.RECEIVED, ReferralStatus.ACCEPTED);
        assertThat(timers.find(referral.referralId().toString())
                        .orElseThrow()
                        .phase()
                        .name())
                .isEqualTo("FIRST_CONTACT");
    }

    /** Issue 17: no conversation will be held with an erased newcomer, so none may be escalated as overdue. */
    @Test
    void anErasedNewcomersFollowUpTimersAreDisarmed() {
        UUID newcomer = UUID.randomUUID();
        Instant scheduledAt = Instant.parse("2026-05-11T09:00:00Z");
        for (int number = 1; number <= FollowUpScheduled.MAX_NUMBER; number++) {
            send(
                    Topics.FOLLOW_UPS,
                    new FollowUpScheduled(
                            UUID.randomUUID(),
                            scheduledAt,
                            "GM0355",
                            newcomer,
                            number,
                            LocalDate.of(2026, 11, 11).plusMonths(12L * (number - 1))));
        }
        String last = SlaTimer.followUpId(newcomer, FollowUpScheduled.MAX_NUMBER);
        await().atMost(BOUND).until(() -> timers.find(last).map(SlaTimer::armed).orElse(false));

        send(
                Topics.NEWCOMER_ERASED,
                new NewcomerErased(UUID.randomUUID(), scheduledAt.plusSeconds(60), "GM0355", newcomer));

        for (int number = 1; number <= FollowUpScheduled.MAX_NUMBER; number++) {
            String id = SlaTimer.followUpId(newcomer, number);
            await().atMost(BOUND)
                    .alias(id)
                    .until(() -> timers.find(id).map(timer -> !timer.armed()).orElse(false));
        }
    }

    @Test
    void aMalformedRecordGoesToTheDeadLetterTopicAndTheNextRecordIsProcessed() {
        String dlq = Topics.dlq(Topics.FOLLOW_UPS, "monitoring-service");
        try (Consumer<String, byte[]> dead = deadLetters(dlq)) {
            producer.send(record(
                    Topics.FOLLOW_UPS,
                    "broken",
                    EventType.FOLLOW_UP_SCHEDULED.ceType(),
                    "{\"number\": \"Fatima Haddad\"}".getBytes(StandardCharsets.UTF_8)));
            producer.send(
                    record(Topics.FOLLOW_UPS, "unknown", "nl.wegwijs.intake.SomethingNew.v1", new byte[] {'{', '}'}));
            UUID newcomer = UUID.randomUUID();
            send(
                    Topics.FOLLOW_UPS,
                    new FollowUpScheduled(
                            UUID.randomUUID(),
                            Instant.parse("2026-05-11T09:00:00Z"),
                            "GM0355",
                            newcomer,
                            1,
                            LocalDate.of(2026, 11, 11)));

            await().atMost(BOUND)
                    .until(() -> timers.find("follow-up:" + newcomer + ":1").isPresent());
            AtomicReference<ConsumerRecord<String, byte[]>> deadLetter = new AtomicReference<>();
            await().atMost(BOUND).until(() -> {
                for (ConsumerRecord<String, byte[]> record : dead.poll(Duration.ofMillis(200))) {
                    if ("broken".equals(record.key())) {
                        deadLetter.set(record);
                    }
                }
                return deadLetter.get() != null;
            });
            // Why it failed, but not the service's internals (issue 17): class and message, no stack trace.
            Map<String, String> headers = new HashMap<>();
            deadLetter
                    .get()
                    .headers()
                    .forEach(header -> headers.put(
                            header.key().toLowerCase(Locale.ROOT), new String(header.value(), StandardCharsets.UTF_8)));
            assertThat(headers).containsKeys("x-exception-fqcn", "x-exception-message");
            assertThat(headers.keySet()).noneMatch(key -> key.contains("stacktrace"));
            assertThat(headers.values()).noneMatch(value -> value.contains("\tat "));
            assertThat(headers.values()).as("no value of the record").noneMatch(value -> value.contains("Fatima"));
        }
    }

    /**
     * A record that is read but cannot be applied (its due date has no working day after it) goes alone to the
     * dead-letter topic: the records of its poll before and after it still arm their timers (ADR 26).
     */
    @Test
    void aRecordThatCannotBeAppliedIsDeadLetteredAloneAndTheRestOfItsPollIsApplied() {
        String dlq = Topics.dlq(Topics.FOLLOW_UPS, "monitoring-service");
        try (Consumer<String, byte[]> dead = deadLetters(dlq)) {
            UUID newcomer = UUID.randomUUID();
            Instant at = Instant.parse("2026-05-11T09:00:00Z");
            LocalDate due = LocalDate.of(2026, 11, 11);
            List<FollowUpScheduled> poll = List.of(
                    new FollowUpScheduled(UUID.randomUUID(), at, "GM0355", newcomer, 1, due),
                    new FollowUpScheduled(UUID.randomUUID(), at, "GM0355", newcomer, 2, LocalDate.MAX),
                    new FollowUpScheduled(UUID.randomUUID(), at, "GM0355", newcomer, 3, due.plusYears(2)));
            poll.forEach(event -> producer.send(record(Topics.FOLLOW_UPS, event))); // one produce request, one poll
            producer.flush();

            for (int number : new int[] {1, 3}) {
                String id = SlaTimer.followUpId(newcomer, number);
                await().atMost(BOUND).alias(id).until(() -> timers.find(id).isPresent());
            }
            List<String> deadEvents = new java.util.ArrayList<>();
            java.util.function.Consumer<ConsumerRecord<String, byte[]>> collect = record -> {
                if (newcomer.toString().equals(record.key())) {
                    deadEvents.add(new String(
                            record.headers().lastHeader(CloudEventHeaders.ID).value(), StandardCharsets.UTF_8));
                }
            };
            await().atMost(BOUND).until(() -> {
                dead.poll(Duration.ofMillis(200)).forEach(collect);
                return !deadEvents.isEmpty();
            });
            dead.poll(Duration.ofSeconds(1)).forEach(collect);
            assertThat(deadEvents)
                    .as("only the record that cannot be applied")
                    .containsExactly(poll.get(1).eventId().toString());
            assertThat(timers.find(SlaTimer.followUpId(newcomer, 2))).isEmpty();
        }
    }

    private Consumer<String, byte[]> deadLetters(String topic) {
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "dlq-" + UUID.randomUUID(), false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        Consumer<String, byte[]> consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(topic));
        return consumer;
    }

    /** As the services' outbox relays write it: every CloudEvents header, content-type included, as raw bytes. */
    private void send(String topic, WegwijsEvent event) {
        producer.send(record(topic, event));
        producer.flush();
    }

    private static ProducerRecord<String, byte[]> record(String topic, WegwijsEvent event) {
        ProducerRecord<String, byte[]> record =
                new ProducerRecord<>(topic, event.aggregateId(), EventJson.write(event));
        CloudEventHeaders.of(event)
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    private static ProducerRecord<String, byte[]> record(String topic, String key, String ceType, byte[] payload) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, payload);
        record.headers().add(CloudEventHeaders.TYPE, ceType.getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.SPEC_VERSION, "1.0".getBytes(StandardCharsets.UTF_8));
        return record;
    }
}
