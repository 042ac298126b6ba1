package nl.wegwijs.benchmarks.faults;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.wegwijs.contracts.directory.PartnerDirectory;
import nl.wegwijs.monitoring.sla.DueEntry;
import nl.wegwijs.platform.kafka.KafkaLogin;
import nl.wegwijs.platform.kafka.KafkaPrincipals;
import nl.wegwijs.platform.kafka.TopicPlan;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.bson.Document;
import org.bson.UuidRepresentation;

/**
 * What must hold after any number of crashes, read from the stores and the broker of the running platform:
 *
 * <ul>
 *   <li>every intake answered 201 exists exactly once, with exactly its referrals, and nothing else exists;
 *   <li>every referral was delivered to its partner's inbox and is RECEIVED in the referral store and in the
 *       monitoring timeline, with no change waiting for an earlier one;
 *   <li>every open referral has one armed timer with its due-day bucket entry, and every newcomer its follow-up
 *       timers; no bucket entry points at a timer that is not armed at that generation;
 *   <li>no outbox holds an event any more, and no dead-letter topic holds a record.
 * </ul>
 */
final class Invariants {

    private static final int REFERRALS_PER_INTAKE = 3;

    private final String mongoUri;
    private final String bootstrapServers;
    private final PartnerDirectory directory = PartnerDirectory.loadDefault();

    Invariants(String mongoUri, String bootstrapServers) {
        this.mongoUri = mongoUri;
        this.bootstrapServers = bootstrapServers;
    }

    /** Every invariant that does not hold, each in one line; empty when all hold. */
    List<String> violations(List<FaultLoad.Accepted> accepted) {
        List<String> violations = new ArrayList<>();
        try (MongoClient client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(mongoUri))
                .uuidRepresentation(UuidRepresentation.STANDARD)
                .build())) {
            intakes(client.getDatabase("wegwijs-intake"), accepted, violations);
            referrals(client.getDatabase("wegwijs-referral"), accepted, violations);
            monitoring(client.getDatabase("wegwijs-monitoring"), accepted, violations);
        }
        deadLetters(violations);
        return violations;
    }

    private static void intakes(MongoDatabase db, List<FaultLoad.Accepted> accepted, List<String> violations) {
        Map<String, Document> stored = byId(db.getCollection("newcomers").find());
        Set<String> expected =
                accepted.stream().map(a -> a.newcomerId().toString()).collect(Collectors.toSet());
        count(violations, "intakes answered 201 but missing", missing(expected, stored.keySet()));
        count(violations, "newcomers stored but never answered 201", missing(stored.keySet(), expected));
        long otherReferrals = 0;
        for (FaultLoad.Accepted intake : accepted) {
            Document newcomer = stored.get(intake.newcomerId().toString());
            if (newcomer == null) continue;
            Set<String> referrals = newcomer.get("state", Document.class).getList("referrals", Document.class).stream()
                    .map(r -> r.getString("referralId"))
                    .collect(Collectors.toSet());
            if (!referrals.equals(strings(intake.referrals()))) {
                otherReferrals++;
            }
        }
        count(violations, "newcomers holding other referrals than their 201 named", otherReferrals);
        count(violations, "newcomers with events left in their outbox", pending(stored.values()));
    }

    private static void referrals(MongoDatabase db, List<FaultLoad.Accepted> accepted, List<String> violations) {
        Map<String, Document> stored = byId(db.getCollection("referrals").find());
        Map<String, Document> inbox = byId(db.getCollection("inbox").find());
        Set<String> expected = referralIds(accepted);
        count(violations, "referrals missing from the referral store", missing(expected, stored.keySet()));
        count(violations, "referrals in the store that no intake made", missing(stored.keySet(), expected));
        count(violations, "referrals missing from their partner's inbox", missing(expected, inbox.keySet()));
        count(violations, "referrals not RECEIVED in the referral store", notReceived(expected, stored));
        count(violations, "referrals with events left in their outbox", pending(stored.values()));
    }

    private void monitoring(MongoDatabase db, List<FaultLoad.Accepted> accepted, List<String> violations) {
        // One document per referral holds its timeline and timer (ADR 16); follow-up timers share the collection.
        Map<String, Document> timers = byId(db.getCollection("sla_timers").find());
        Map<String, Document> timelines = new HashMap<>(timers);
        timelines.values().removeIf(d -> !d.containsKey("lastSequence"));
        Set<String> expected = referralIds(accepted);
        count(violations, "referrals without a timeline in monitoring", missing(expected, timelines.keySet()));
        count(violations, "timelines not RECEIVED", notReceived(expected, timelines));
        count(
                violations,
                "timelines with a change waiting for an earlier one",
                timelines.values().stream()
                        .filter(t ->
                                !t.getList("waiting", Document.class, List.of()).isEmpty())
                        .count());

        count(violations, "open referrals without a timer", missing(expected, timers.keySet()));
        count(
                violations,
                "open referrals whose timer is not armed",
                expected.stream()
                        .filter(timers::containsKey)
                        .filter(id -> !Boolean.TRUE.equals(timers.get(id).getBoolean("armed")))
                        .count());
        int followUps = directory.municipality().followUps().monthsAfterIntake().size();
        Set<String> followUpTimers = new HashSet<>();
        for (FaultLoad.Accepted intake : accepted) {
            for (int number = 1; number <= followUps; number++) {
                followUpTimers.add("follow-up:" + intake.newcomerId() + ":" + number);
            }
        }
        count(violations, "follow-up conversations without a timer", missing(followUpTimers, timers.keySet()));
        count(violations, "timers with events left in their outbox", pending(timers.values()));
        buckets(db, timers, violations);
    }

    /**
     * Each armed timer has its entry (timer, next level, generation) in the bucket of its day, or an entry of an older
     * generation that re-arming left on a day no later than its own, which the scan moves forward (ADR 33); no entry
     * is stray. An
     * entry of an older generation than its timer's, or of a timer disarmed since, is not stray: re-arming leaves it,
     * and the scan that reaches its day drops it or moves it forward (ADR 16).
     */
    private static void buckets(MongoDatabase db, Map<String, Document> timers, List<String> violations) {
        Set<String> entries = new HashSet<>();
        Set<String> withOlderEntry = new HashSet<>();
        long stray = 0;
        for (Document shard : db.getCollection("sla_due_days").find()) {
            LocalDate day = LocalDate.parse(shard.getString("_id").split("#")[0]);
            for (Document entry : shard.getList("entries", Object.class, List.of()).stream()
                    .map(stored -> DueEntry.read(stored).asDocument())
                    .toList()) {
                String key = entry.getString("timer") + "/" + entry.getInteger("level") + "/" + entry.get("generation");
                entries.add(key);
                Document timer = timers.get(entry.getString("timer"));
                if (timer == null || newer(entry, timer) || sameButDisarmed(entry, timer)) {
                    stray++;
                } else if (generation(entry) < generation(timer) && !day.isAfter(bucket(timer))) {
                    withOlderEntry.add(entry.getString("timer"));
                }
            }
        }
        long unscheduled = timers.values().stream()
                .filter(t -> Boolean.TRUE.equals(t.getBoolean("armed")))
                .filter(t -> !entries.contains(
                                t.getString("_id") + "/" + t.getInteger("nextLevel") + "/" + t.get("generation"))
                        && !withOlderEntry.contains(t.getString("_id")))
                .count();
        count(violations, "armed timers without their due-day bucket entry", unscheduled);
        count(violations, "bucket entries of no armed timer", stray);
    }

    private static boolean newer(Document entry, Document timer) {
        return generation(entry) > generation(timer);
    }

    /** The day of the timer's next level, as the service's mapping stored it (a date at midnight, its zone). */
    private static LocalDate bucket(Document timer) {
        return timer.getDate("bucket") == null
                ? LocalDate.MIN
                : timer.getDate("bucket")
                        .toInstant()
                        .atZone(ZoneId.systemDefault())
                        .toLocalDate();
    }

    private static long generation(Document entryOrTimer) {
        return ((Number) entryOrTimer.get("generation")).longValue();
    }

    /** Disarming sets a generation of its own, so an entry of the timer's generation must find it armed. */
    private static boolean sameButDisarmed(Document entry, Document timer) {
        return generation(entry) == generation(timer) && !Boolean.TRUE.equals(timer.getBoolean("armed"));
    }

    private void deadLetters(List<String> violations) {
        List<String> topics = TopicPlan.forDirectory(directory).deadLetterTopics();
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(KafkaLogin.development(bootstrapServers, KafkaPrincipals.OPERATOR)
                        .clientProperties(Map.of(
                                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class)))) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            Map<String, Long> records = new HashMap<>();
            consumer.endOffsets(partitions)
                    .forEach((partition, end) -> records.merge(partition.topic(), end, Long::sum));
            records.forEach((topic, count) -> count(violations, "records on " + topic, count));
        }
    }

    private static Map<String, Document> byId(Iterable<Document> documents) {
        Map<String, Document> byId = new HashMap<>();
        documents.forEach(d -> byId.put(String.valueOf(d.get("_id")), d));
        return byId;
    }

    private static Set<String> referralIds(List<FaultLoad.Accepted> accepted) {
        Set<String> ids = new HashSet<>();
        accepted.forEach(a -> ids.addAll(strings(a.referrals())));
        if (ids.size() != accepted.size() * REFERRALS_PER_INTAKE) {
            throw new IllegalStateException("Expected three referrals per intake");
        }
        return ids;
    }

    private static Set<String> strings(List<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.toSet());
    }

    private static long missing(Set<String> expected, Set<String> present) {
        return expected.stream().filter(id -> !present.contains(id)).count();
    }

    private static long notReceived(Set<String> ids, Map<String, Document> stored) {
        return ids.stream()
                .filter(stored::containsKey)
                .filter(id -> !"RECEIVED".equals(stored.get(id).getString("status")))
                .count();
    }

    private static long pending(Iterable<Document> documents) {
        long pending = 0;
        for (Document document : documents) {
            if (!document.getList("pendingEvents", Object.class, List.of()).isEmpty()) pending++;
        }
        return pending;
    }

    private static void count(List<String> violations, String what, long count) {
        if (count != 0) {
            violations.add(count + " " + what);
        }
    }
}
