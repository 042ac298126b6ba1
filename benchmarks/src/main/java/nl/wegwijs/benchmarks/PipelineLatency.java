package nl.wegwijs.benchmarks;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import nl.wegwijs.contracts.EventReader;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.contracts.Topics;
import nl.wegwijs.contracts.referral.ReferralStatusChanged;
import nl.wegwijs.platform.WegwijsPlatform;
import nl.wegwijs.platform.kafka.KafkaLogin;
import nl.wegwijs.platform.kafka.KafkaPrincipals;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.bson.UuidRepresentation;

/**
 * Intakes at a fixed rate (open loop: a slow answer does not delay the next request), each timed from the moment it
 * was due to be sent to the timestamp of its {@code ReferralIssued} on the partner topic (CreateTime, set by the
 * referral service's producer), and to the moment the monitoring service recorded the referral as RECEIVED (its
 * timeline's {@code recordedAt}, read from the store).
 */
final class PipelineLatency {

    private static final List<String> TOPICS = Stream.concat(
                    Stream.of("RSD", "TAALHUIS", "CJG").map(code -> Topics.partnerReferrals(PartnerCode.of(code))),
                    Stream.of(Topics.REFERRAL_STATUS_CHANGED))
            .toList();

    /**
     * @param issuedToAcknowledged from ReferralIssued on the partner topic to the inbox's acknowledgement (the RECEIVED
     *     change's {@code occurredAt})
     * @param acknowledgedToPublished from that acknowledgement to its record on the status topic (CreateTime)
     * @param publishedToRecorded from that record to the monitoring's {@code recordedAt}
     */
    record Figures(
            int intakes,
            double achievedRatePerSecond,
            Distribution intakeAnswered,
            Distribution toIssued,
            Distribution toReceived,
            Distribution issuedToAcknowledged,
            Distribution acknowledgedToPublished,
            Distribution publishedToRecorded) {}

    private PipelineLatency() {}

    static Figures run(
            WegwijsPlatform platform,
            IntakeLoad load,
            PipelineProbe probe,
            int ratePerSecond,
            Duration duration,
            Duration timeout)
            throws Exception {
        long receivedBefore = probe.receivedRecorded();
        Queue<IntakeLoad.Accepted> accepted = new ConcurrentLinkedQueue<>();
        Queue<Exception> failures = new ConcurrentLinkedQueue<>();
        int intakes = (int) (ratePerSecond * duration.toMillis() / 1000);
        try (StageListener issued = StageListener.start(platform.kafkaLogin(KafkaPrincipals.OPERATOR))) {
            ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
            ExecutorService senders = Executors.newFixedThreadPool(32);
            double sendingSeconds;
            try {
                long periodNanos = 1_000_000_000L / ratePerSecond;
                Instant firstSend = Instant.now().plusMillis(100);
                long start = System.nanoTime() + 100_000_000L;
                AtomicLong lastSent = new AtomicLong();
                for (int i = 0; i < intakes; i++) {
                    Instant due = firstSend.plusNanos(i * periodNanos);
                    ticker.schedule(
                            () -> senders.submit(() -> {
                                lastSent.accumulateAndGet(System.nanoTime(), Math::max);
                                try {
                                    accepted.add(load.post(due));
                                } catch (RuntimeException e) {
                                    failures.add(e);
                                }
                            }),
                            start - System.nanoTime() + i * periodNanos,
                            TimeUnit.NANOSECONDS);
                }
                ticker.shutdown();
                if (!ticker.awaitTermination(duration.toMillis() + 10_000, TimeUnit.MILLISECONDS)) {
                    throw new IllegalStateException("The intakes could not be scheduled in time");
                }
                senders.shutdown();
                if (!senders.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS) || !failures.isEmpty()) {
                    throw new IllegalStateException("Intakes failed or hung: " + failures.peek(), failures.peek());
                }
                sendingSeconds = (lastSent.get() - start) / 1e9 + 1.0 / ratePerSecond;
            } finally {
                ticker.shutdownNow();
                senders.shutdownNow();
            }
            probe.awaitReceived(receivedBefore + (long) intakes * IntakeLoad.REFERRALS_PER_INTAKE, timeout);
            PipelineProbe.await(
                    issued::count,
                    (long) intakes * IntakeLoad.REFERRALS_PER_INTAKE,
                    timeout,
                    "ReferralIssued records read from the partner topics");

            Map<UUID, Instant> received = receivedAt(platform, accepted);
            List<Double> answered = new ArrayList<>();
            List<Double> toIssued = new ArrayList<>();
            List<Double> toReceived = new ArrayList<>();
            List<Double> toAcknowledged = new ArrayList<>();
            List<Double> toPublished = new ArrayList<>();
            List<Double> toRecorded = new ArrayList<>();
            for (IntakeLoad.Accepted intake : accepted) {
                answered.add(millisBetween(intake.sent(), intake.answered()));
                for (UUID referral : intake.referrals()) {
                    toIssued.add(millisBetween(intake.sent(), issued.at(referral)));
                    toReceived.add(millisBetween(intake.sent(), received.get(referral)));
                    StageListener.Acknowledged acknowledged = issued.acknowledged(referral);
                    if (acknowledged != null) {
                        toAcknowledged.add(millisBetween(issued.at(referral), acknowledged.occurredAt()));
                        toPublished.add(millisBetween(acknowledged.occurredAt(), acknowledged.published()));
                        toRecorded.add(millisBetween(acknowledged.published(), received.get(referral)));
                    }
                }
            }
            return new Figures(
                    intakes,
                    intakes / sendingSeconds,
                    Distribution.of(answered),
                    Distribution.of(toIssued),
                    Distribution.of(toReceived),
                    Distribution.of(toAcknowledged),
                    Distribution.of(toPublished),
                    Distribution.of(toRecorded));
        }
    }

    private static double millisBetween(Instant from, Instant to) {
        if (to == null) {
            throw new IllegalStateException("A referral has no timestamp for a stage it passed");
        }
        return Duration.between(from, to).toNanos() / 1e6;
    }

    /**
     * When the monitoring service recorded each referral as RECEIVED, read from its timelines by {@code _id}: the
     * referral's one document, keyed by the referral id as a string (ADR 16).
     */
    private static Map<UUID, Instant> receivedAt(WegwijsPlatform platform, Queue<IntakeLoad.Accepted> accepted) {
        List<UUID> referrals =
                accepted.stream().flatMap(intake -> intake.referrals().stream()).toList();
        Map<UUID, Instant> received = new ConcurrentHashMap<>();
        try (MongoClient client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(platform.mongoConnectionString()))
                .uuidRepresentation(UuidRepresentation.STANDARD)
                .build())) {
            MongoCollection<Document> timelines =
                    client.getDatabase("wegwijs-monitoring").getCollection("sla_timers");
            for (int from = 0; from < referrals.size(); from += 500) {
                List<String> batch = referrals.subList(from, Math.min(referrals.size(), from + 500)).stream()
                        .map(UUID::toString)
                        .toList();
                for (Document timeline : timelines.find(Filters.in("_id", batch))) {
                    for (Document change : timeline.getList("changes", Document.class)) {
                        if ("RECEIVED".equals(change.getString("to"))) {
                            Date at = change.getDate("recordedAt");
                            received.put(UUID.fromString(timeline.getString("_id")), at.toInstant());
                        }
                    }
                }
            }
        }
        return received;
    }

    /**
     * Reads the partner topics as a partner's system would, keeping each ReferralIssued's broker timestamp, and the
     * status topic for each RECEIVED change: when the inbox acknowledged it and when its record was written.
     */
    private static final class StageListener implements AutoCloseable {

        record Acknowledged(Instant occurredAt, Instant published) {}

        private final Map<UUID, Instant> issued = new ConcurrentHashMap<>();
        private final Map<UUID, Acknowledged> acknowledged = new ConcurrentHashMap<>();
        private final EventReader reader = new EventReader();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;
        private final KafkaConsumer<String, byte[]> consumer;

        private StageListener(KafkaConsumer<String, byte[]> consumer) {
            this.consumer = consumer;
            this.thread = new Thread(this::poll, "bench-stage-listener");
        }

        /** @param operator reads every partner's topic, in groups named after it */
        static StageListener start(KafkaLogin operator) {
            KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(operator.clientProperties(Map.of(
                    ConsumerConfig.GROUP_ID_CONFIG,
                    KafkaPrincipals.OPERATOR + "-bench-latency-" + UUID.randomUUID(),
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                    "latest",
                    ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                    StringDeserializer.class,
                    ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                    ByteArrayDeserializer.class)));
            consumer.subscribe(TOPICS);
            // Join the group and take the end offsets before the first intake is sent.
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (consumer.assignment().isEmpty()) {
                if (System.nanoTime() > deadline) {
                    consumer.close();
                    throw new IllegalStateException("The partner topic consumer was given no partitions in 60 s");
                }
                consumer.poll(Duration.ofMillis(100));
            }
            consumer.seekToEnd(consumer.assignment());
            consumer.assignment().forEach(consumer::position);
            StageListener listener = new StageListener(consumer);
            listener.thread.start();
            return listener;
        }

        private void poll() {
            while (running.get()) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(50))) {
                    Header type = record.headers().lastHeader("ce_type");
                    String ceType = type == null ? "" : new String(type.value(), StandardCharsets.UTF_8);
                    Instant written = Instant.ofEpochMilli(record.timestamp());
                    if (ceType.endsWith(".ReferralIssued.v1")) {
                        issued.putIfAbsent(UUID.fromString(record.key()), written);
                    } else if (ceType.endsWith(".ReferralStatusChanged.v1")) {
                        reader.read(ceType, record.value())
                                .filter(event -> event instanceof ReferralStatusChanged change
                                        && change.to() == ReferralStatus.RECEIVED)
                                .map(ReferralStatusChanged.class::cast)
                                .ifPresent(change -> acknowledged.putIfAbsent(
                                        change.referralId(), new Acknowledged(change.occurredAt(), written)));
                    }
                }
            }
        }

        Acknowledged acknowledged(UUID referral) {
            return acknowledged.get(referral);
        }

        long count() {
            return issued.size();
        }

        Instant at(UUID referral) {
            return issued.get(referral);
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            thread.join(5_000);
            consumer.close();
        }
    }
}
