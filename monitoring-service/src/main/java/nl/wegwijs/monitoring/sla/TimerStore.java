package nl.wegwijs.monitoring.sla;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.wegwijs.monitoring.calendar.WorkingTime;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Timers, the per-day buckets of due levels and the scan cursor. Every write is a single-document atomic update,
 * conditioned on the timer's generation and next level, so repeats and concurrent scanners have one effect.
 */
@Component
public class TimerStore {

    public static final String DUE_DAYS = "sla_due_days";
    static final String CURSOR = "sla_scan_cursor";
    private static final String CURSOR_ID = "scan";

    /**
     * Each day's entries are spread over this many documents by timer id, so adding one entry rewrites a document of
     * about (due that day / shards) entries, not all of them.
     */
    static final int BUCKET_SHARDS = 64;

    private final MongoTemplate mongo;
    private final WorkingTime time;

    /**
     * No earlier than the stored cursor (ADR 16): an entry on this day or later needs no cursor write. Null until
     * this process wrote or moved the cursor.
     */
    private final AtomicReference<LocalDate> cursorAtMost = new AtomicReference<>();

    /** The entries scheduled during the poll this thread is handling, written at its end; null outside a poll. */
    private final ThreadLocal<List<Scheduled>> ofThisPoll = new ThreadLocal<>();

    TimerStore(MongoTemplate mongo, WorkingTime time) {
        this.mongo = mongo;
        this.time = time;
    }

    /** The timer, if one was ever armed under that id (a referral that failed before it was issued has none). */
    public Optional<SlaTimer> find(String id) {
        return Optional.ofNullable(
                mongo.findOne(query(where("_id").is(id).and("generation").exists(true)), SlaTimer.class));
    }

    /**
     * Arms a follow-up timer at level 1, replacing an older arming; an older generation changes nothing. A repeat of
     * the same arming writes its bucket entry again (idempotent): a crash between the timer's write and its entry's
     * left an armed timer that would never fire, and the event that armed it is redelivered after the crash. Returns
     * the timer as it was before, if this write replaced it.
     */
    Optional<SlaTimer> arm(SlaTimer timer) {
        LocalDate bucket = bucketFor(timer, 1);
        Update update = identity(timer);
        arming(timer, bucket, update);
        Write write = upsertNewer(timer.id(), timer.generation(), update);
        if (write.done()) {
            schedule(bucket, new DueEntry(timer.id(), 1, timer.generation()));
        } else {
            rescheduleArmed(timer.id(), timer.generation());
        }
        return write.replaced();
    }

    /**
     * Adds the fields of an arming at level 1 to a write of the timer's document, and returns the day of its bucket
     * entry, which {@link #schedule} writes once that write is done. The older arming's entry stays in its bucket: the
     * scan that reaches it finds another generation and drops it (ADR 16).
     */
    LocalDate arming(SlaTimer timer, Update update) {
        LocalDate bucket = bucketFor(timer, 1);
        arming(timer, bucket, update);
        return bucket;
    }

    /** Adds the fields that stop the timer for good at this generation to a write of the timer's document. */
    static void disarming(long generation, Update update) {
        update.set("generation", generation)
                .set("armed", false)
                .set("nextLevel", 0)
                .set("stalledLevel", 0)
                .unset("bucket");
    }

    /**
     * Arms timers never armed before in one unordered insert: an intake's three follow-ups cost one write, not three
     * (issue 16). Each is stored as {@link #arm} would store it, and its entry scheduled alike.
     *
     * @return the timers that exist already, which the caller arms one by one with {@link #arm}
     */
    List<SlaTimer> armNew(List<SlaTimer> timers) {
        List<Document> documents = new ArrayList<>(timers.size());
        List<LocalDate> buckets = new ArrayList<>(timers.size());
        for (SlaTimer timer : timers) {
            LocalDate bucket = bucketFor(timer, 1);
            Update update = identity(timer);
            arming(timer, bucket, update);
            Document document = new Document("_id", timer.id());
            update.getUpdateObject()
                    .get("$set", Document.class)
                    .forEach((field, value) ->
                            document.append(field, mongo.getConverter().convertToMongoType(value)));
            documents.add(document);
            buckets.add(bucket);
        }
        Set<Integer> exist = new HashSet<>();
        try {
            mongo.getCollection(SlaTimer.COLLECTION).insertMany(documents, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                exist.add(error.getIndex());
            }
        }
        List<SlaTimer> existing = new ArrayList<>();
        for (int i = 0; i < timers.size(); i++) {
            SlaTimer timer = timers.get(i);
            if (exist.contains(i)) {
                existing.add(timer);
            } else {
                schedule(buckets.get(i), new DueEntry(timer.id(), 1, timer.generation()));
            }
        }
        return existing;
    }

    /**
     * Stops the timer for good at this generation; a later, older arming will not start it again. Returns the timer
     * as it was before, if this write replaced it.
     */
    Optional<SlaTimer> disarm(String id, long generation) {
        Update update = new Update();
        disarming(generation, update);
        return upsertNewer(id, generation, update).replaced();
    }

    /** The arming of this generation came again: writes its level-1 entry again if it is still the one to fire. */
    void rescheduleArmed(String id, long generation) {
        find(id).filter(p -> p.generation() == generation && p.armed() && p.nextLevel() == 1)
                .ifPresent(p -> schedule(p.bucket(), new DueEntry(p.id(), 1, p.generation())));
    }

    private static Update identity(SlaTimer timer) {
        return new Update()
                .set("kind", timer.kind())
                .set("referralId", timer.referralId())
                .set("newcomerId", timer.newcomerId())
                .set("partner", timer.partner())
                .set("number", timer.number())
                .set("followUpDue", timer.followUpDue());
    }

    private static void arming(SlaTimer timer, LocalDate bucket, Update update) {
        update.set("phase", timer.phase())
                .set("generation", timer.generation())
                .set("armed", true)
                .set("deadline", timer.deadline())
                .set("escalationOffsets", timer.escalationOffsets())
                .set("nextLevel", 1)
                .set("bucket", bucket)
                .set("stalledLevel", 0)
                .set("firedLevels", List.of());
    }

    static final int CLAIMS_PER_WRITE = 100;

    /**
     * A due level of an armed generation to claim, as the timer was read, with a token of its own: the escalation's id
     * is the same for every scanner and every copy of the entry, the token tells which claim took. The claim records
     * the token with what the escalation says of the timer ({@link SlaTimer#claimRecord}).
     */
    record Claim(SlaTimer current, DueEntry entry, String token) {

        Claim(SlaTimer current, DueEntry entry) {
            this(current, entry, UUID.randomUUID().toString());
        }
    }

    /**
     * Claims due levels for this scanner: only the first claim of a level of an armed generation succeeds. The
     * escalation it fires is not stored: its entry stays in its bucket until the escalation is published, and a scan
     * that meets the entry of a level claimed before publishes it again, built anew with the same id (ADR 33). In
     * ordered bulk writes of up to {@link #CLAIMS_PER_WRITE}, so a day's claims share a few commits to disk and no
     * write waits long behind one. Where every claim of a write matched its condition and each names another timer,
     * each took, and the timer as stored is the one read before with the claim applied (ADR 31). Otherwise that
     * write's timers are read back with one {@code $in}, and a claim succeeded where its timer names its token as the
     * claim of its level ({@code claims.<level>}). The claimed timers' next levels go into their buckets with {@link
     * #scheduleNextLevels}, once per scanned day (ADR 16).
     *
     * @return the claimed timers as stored, by their claim's token
     */
    Map<String, SlaTimer> claimAll(List<Claim> claims) {
        Map<String, SlaTimer> claimed = new HashMap<>();
        List<Claim> unsure = new ArrayList<>();
        for (int from = 0; from < claims.size(); from += CLAIMS_PER_WRITE) {
            List<Claim> write = claims.subList(from, Math.min(claims.size(), from + CLAIMS_PER_WRITE));
            List<Step> steps = write.stream().map(this::step).toList();
            boolean eachTook = writeClaims(steps) == write.size()
                    && write.stream()
                                    .map(claim -> claim.entry().timer())
                                    .distinct()
                                    .count()
                            == write.size();
            if (eachTook) {
                steps.forEach(step -> claimed.put(step.claim().token(), step.claimed()));
            } else {
                unsure.addAll(write);
            }
        }
        if (!unsure.isEmpty()) {
            claimed.putAll(readBack(unsure));
        }
        return claimed;
    }

    /** A claim with the level it arms next (0: none) and that level's bucket day. */
    private record Step(Claim claim, int next, LocalDate nextBucket) {

        SlaTimer claimed() {
            return claim.current().claimed(claim.entry().level(), next, nextBucket);
        }
    }

    private Step step(Claim claim) {
        int level = claim.entry().level();
        int next = level < claim.current().levels() ? level + 1 : 0;
        return new Step(claim, next, next == 0 ? null : bucketFor(claim.current(), next));
    }

    /** The claims that took, as their timers name them once stored. */
    private Map<String, SlaTimer> readBack(List<Claim> claims) {
        Set<String> ids = claims.stream().map(claim -> claim.entry().timer()).collect(Collectors.toSet());
        Map<String, Document> stored = new HashMap<>();
        mongo.find(query(where("_id").in(ids)), Document.class, mongo.getCollectionName(SlaTimer.class))
                .forEach(document -> stored.put(document.getString("_id"), document));
        Map<String, SlaTimer> claimed = new HashMap<>();
        for (Claim claim : claims) {
            Document timer = stored.get(claim.entry().timer());
            Document levels = timer == null ? null : timer.get("claims", Document.class);
            Object level = levels == null
                    ? null
                    : levels.get(String.valueOf(claim.entry().level()));
            if (level instanceof Document record && claim.token().equals(record.getString(SlaTimer.CLAIM_TOKEN))) {
                claimed.put(claim.token(), mongo.getConverter().read(SlaTimer.class, timer));
            }
        }
        return claimed;
    }

    /**
     * One ordered bulk write of the claims, in the driver's own terms: Spring Data's mapping of each statement cost
     * more than the store's work on it (ADR 31).
     *
     * @return how many claims matched their condition
     */
    private int writeClaims(List<Step> steps) {
        MongoConverter converter = mongo.getConverter();
        List<UpdateOneModel<Document>> writes = new ArrayList<>(steps.size());
        for (Step step : steps) {
            Claim claim = step.claim();
            DueEntry entry = claim.entry();
            Object bucket = step.nextBucket() == null ? null : converter.convertToMongoType(step.nextBucket());
            writes.add(new UpdateOneModel<>(
                    // One plain document, not Filters.and: the driver renders that as an $and, with no _id at the top,
                    // which the operation count (StoreCommands) counts as a scan.
                    new Document("_id", entry.timer())
                            .append("armed", true)
                            .append("generation", entry.generation())
                            .append("nextLevel", entry.level()),
                    Updates.combine(
                            Updates.set("nextLevel", step.next()),
                            Updates.set("bucket", bucket),
                            Updates.set("stalledLevel", entry.level()),
                            Updates.push("firedLevels", entry.level()),
                            Updates.set(
                                    "claims." + entry.level(),
                                    new Document(claim.current().claimRecord(claim.token()))))));
        }
        return mongo.getCollection(SlaTimer.COLLECTION)
                .bulkWrite(writes, new BulkWriteOptions().ordered(true))
                .getMatchedCount();
    }

    /**
     * Writes the next level's entries of the timers just claimed, and of those whose earlier entry the scan met on a
     * day before their own ({@link SlaTimer#dueLaterThan}), one upsert per bucket shard in one bulk write. They are due
     * after the day scanned, so never before the cursor: only the buckets need them. A crash before it leaves the
     * entries met in their buckets, and the next scan repairs it ({@link #rescheduleNextLevel}).
     */
    void scheduleNextLevels(List<SlaTimer> claimed) {
        writeBuckets(claimed.stream()
                .filter(timer -> timer.nextLevel() != 0)
                .map(timer ->
                        new Scheduled(timer.bucket(), new DueEntry(timer.id(), timer.nextLevel(), timer.generation())))
                .toList());
    }

    /**
     * The timers of these ids, read with one {@code $in} on {@code _id}, without the referral's timeline that shares
     * their documents (ADR 16): most of each document, and nothing a scan reads (ADR 34).
     */
    Map<String, SlaTimer> findAll(Collection<String> ids) {
        Query timers = query(where("_id").in(ids));
        timers.fields().exclude("changes").exclude("waiting");
        return mongo.find(timers, SlaTimer.class).stream().collect(Collectors.toMap(SlaTimer::id, timer -> timer));
    }

    /**
     * A claim of this entry failed: after a crash between a claim and scheduling the next level, schedules it again
     * (idempotent); where the timer was armed again since, moves its own entry forward to its day (ADR 33).
     */
    void rescheduleNextLevel(DueEntry entry, LocalDate day) {
        find(entry.timer())
                .filter(timer -> timer.generation() == entry.generation()
                        ? timer.armed() && timer.nextLevel() > entry.level()
                        : timer.dueLaterThan(entry, day))
                .ifPresent(timer ->
                        schedule(timer.bucket(), new DueEntry(timer.id(), timer.nextLevel(), timer.generation())));
    }

    /** The day's bucket shards that hold entries, read with one {@code $in} on {@code _id}. */
    List<DueDay> dueOn(LocalDate day) {
        List<String> ids = new ArrayList<>(BUCKET_SHARDS + 1);
        ids.add(day.toString()); // written before buckets were sharded
        for (int shard = 0; shard < BUCKET_SHARDS; shard++) {
            ids.add(bucketId(day, shard));
        }
        List<DueDay> days = new ArrayList<>();
        mongo.getCollection(DUE_DAYS).find(Filters.in("_id", ids)).forEach(stored -> days.add(DueDay.of(stored)));
        return days;
    }

    /**
     * Removes handled entries from their bucket shards in one bulk write; entries added meanwhile stay. Each entry
     * goes in both its forms, so one a bucket held from before ADR 38 goes too.
     */
    void done(Map<String, List<DueEntry>> handledByShard) {
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, DUE_DAYS);
        int writes = 0;
        for (Map.Entry<String, List<DueEntry>> shard : handledByShard.entrySet()) {
            if (!shard.getValue().isEmpty()) {
                Object[] handled = shard.getValue().stream()
                        .flatMap(entry -> Stream.of(entry.stored(), entry.asDocument()))
                        .toArray();
                bulk.updateOne(query(where("_id").is(shard.getKey())), new Update().pullAll("entries", handled));
                writes++;
            }
        }
        if (writes > 0) {
            bulk.execute();
        }
    }

    /** The first day a scan must read; empty before the first timer was ever armed. */
    Optional<LocalDate> cursor() {
        Document cursor = mongo.findById(CURSOR_ID, Document.class, CURSOR);
        return Optional.ofNullable(cursor).map(doc -> LocalDate.parse(doc.getString("day")));
    }

    /** Moves the cursor from the day this scan started at, unless an arming moved it back meanwhile. */
    void advanceCursor(LocalDate from, LocalDate to) {
        boolean moved = mongo.updateFirst(
                                query(where("_id").is(CURSOR_ID).and("day").is(from.toString())),
                                new Update().set("day", to.toString()),
                                CURSOR)
                        .getMatchedCount()
                > 0;
        if (moved) {
            // An arming that moved it back since has written an earlier day, so the stored cursor is at most this.
            cursorAtMost.set(to);
        }
    }

    /**
     * Runs the handling of one poll (ADR 26): the bucket entries it schedules are written at its end, one upsert per
     * bucket shard in one unordered bulk write, and the cursor at most once. The consumer commits the poll's offsets
     * only after this returned, so a crash before the entries are written redelivers the events that armed their
     * timers, and their repeat writes the entries again (ADR 10, ADR 16).
     */
    public void inOnePoll(Runnable handling) {
        if (ofThisPoll.get() != null) {
            handling.run();
            return;
        }
        List<Scheduled> entries = new ArrayList<>();
        ofThisPoll.set(entries);
        try {
            handling.run();
        } finally {
            ofThisPoll.remove();
            write(entries); // also those of the records handled before a failure: their timers are written
        }
    }

    /**
     * Writes the entry into its day's bucket (at the end of the poll, inside {@link #inOnePoll}), and moves the stored
     * cursor back to that day only if it may be later: an entry due today or earlier (a scan on another instance may
     * have passed that day), or one before the earliest day this process knows the cursor to be at.
     */
    void schedule(LocalDate day, DueEntry entry) {
        List<Scheduled> later = ofThisPoll.get();
        if (later != null) {
            later.add(new Scheduled(day, entry));
        } else {
            write(List.of(new Scheduled(day, entry)));
        }
    }

    private void write(List<Scheduled> entries) {
        if (entries.isEmpty()) {
            return;
        }
        writeBuckets(entries);
        LocalDate atMost = cursorAtMost.get();
        LocalDate today = time.today();
        entries.stream()
                .map(Scheduled::day)
                .filter(day -> atMost == null || day.isBefore(atMost) || !day.isAfter(today))
                .min(Comparator.naturalOrder())
                .ifPresent(day -> {
                    mongo.upsert(query(where("_id").is(CURSOR_ID)), new Update().min("day", day.toString()), CURSOR);
                    cursorAtMost.accumulateAndGet(
                            day, (known, written) -> known == null || written.isBefore(known) ? written : known);
                });
    }

    /** The entries, one upsert per bucket shard: a day's thousand entries cost 64 statements, not a thousand. */
    private void writeBuckets(List<Scheduled> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Map<String, List<String>> byShard = new LinkedHashMap<>();
        entries.forEach(scheduled -> byShard.computeIfAbsent(
                        bucketOf(scheduled.day(), scheduled.entry().timer()), shard -> new ArrayList<>())
                .add(scheduled.entry().stored()));
        if (byShard.size() == 1) {
            var only = byShard.entrySet().iterator().next();
            mongo.upsert(query(where("_id").is(only.getKey())), addAll(only.getValue()), DUE_DAYS);
        } else {
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, DUE_DAYS);
            byShard.forEach((shard, stored) -> bulk.upsert(query(where("_id").is(shard)), addAll(stored)));
            bulk.execute();
        }
    }

    private static Update addAll(List<String> entries) {
        return new Update().addToSet("entries").each(entries.toArray());
    }

    private record Scheduled(LocalDate day, DueEntry entry) {}

    /** The {@code _id} of the bucket shard that holds the timer's entries due on that day. */
    public static String bucketOf(LocalDate day, String timerId) {
        return bucketId(day, Math.floorMod(timerId.hashCode(), BUCKET_SHARDS));
    }

    private static String bucketId(LocalDate day, int shard) {
        return day + "#" + shard;
    }

    /** Due today at the latest, so a late arming lands in a bucket that the next scan still reads. */
    private LocalDate bucketFor(SlaTimer timer, int level) {
        LocalDate due =
                time.plusWorkingDays(timer.deadline(), timer.offset(level)).plusDays(1);
        LocalDate today = time.today();
        return due.isBefore(today) ? today : due;
    }

    /** A write of a newer generation: whether it was done, and the timer it replaced (none for the first). */
    private record Write(boolean done, SlaTimer previous) {
        Optional<SlaTimer> replaced() {
            return Optional.ofNullable(previous);
        }
    }

    private Write upsertNewer(String id, long generation, Update update) {
        try {
            return new Write(
                    true,
                    mongo.findAndModify(
                            query(where("_id").is(id).and("generation").lt(generation)),
                            update,
                            FindAndModifyOptions.options().upsert(true),
                            SlaTimer.class));
        } catch (DuplicateKeyException newerOrSame) {
            return new Write(false, null);
        }
    }
}
