package nl.wegwijs.monitoring.sla;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.wegwijs.monitoring.calendar.WorkingTime;
import nl.wegwijs.support.outbox.PendingEvent;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
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

    TimerStore(MongoTemplate mongo, WorkingTime time) {
        this.mongo = mongo;
        this.time = time;
    }

    public Optional<SlaTimer> find(String id) {
        return Optional.ofNullable(mongo.findById(id, SlaTimer.class));
    }

    /**
     * Arms the timer at level 1, replacing an older arming; an older generation changes nothing. A repeat of the
     * same arming writes its bucket entry again (idempotent): a crash between the timer's write and its entry's left
     * an armed timer that would never fire, and the event that armed it is redelivered after the crash.
     */
    void arm(SlaTimer timer) {
        Optional<SlaTimer> previous = find(timer.id());
        if (previous.isPresent() && previous.get().generation() >= timer.generation()) {
            previous.filter(p -> p.generation() == timer.generation() && p.armed() && p.nextLevel() == 1)
                    .ifPresent(p -> schedule(p.bucket(), new DueEntry(p.id(), 1, p.generation())));
            return;
        }
        LocalDate bucket = bucketFor(timer, 1);
        Update update = new Update()
                .set("kind", timer.kind())
                .set("referralId", timer.referralId())
                .set("newcomerId", timer.newcomerId())
                .set("partner", timer.partner())
                .set("phase", timer.phase())
                .set("number", timer.number())
                .set("followUpDue", timer.followUpDue())
                .set("generation", timer.generation())
                .set("armed", true)
                .set("deadline", timer.deadline())
                .set("escalationOffsets", timer.escalationOffsets())
                .set("nextLevel", 1)
                .set("bucket", bucket)
                .set("stalledLevel", 0)
                .set("firedLevels", List.of());
        // The older arming's entry goes first: a crash after it leaves the timer armed without an entry, which the
        // redelivered event repairs, never an entry of a generation no timer has any more.
        previous.filter(SlaTimer::armed).ifPresent(this::unschedule);
        if (!upsertNewer(timer.id(), timer.generation(), update)) {
            return;
        }
        schedule(bucket, new DueEntry(timer.id(), 1, timer.generation()));
    }

    /** Stops the timer for good at this generation; a later, older arming will not start it again. */
    void disarm(String id, long generation) {
        Optional<SlaTimer> previous = find(id);
        if (previous.isPresent() && previous.get().generation() >= generation) {
            return;
        }
        Update update = new Update()
                .set("generation", generation)
                .set("armed", false)
                .set("nextLevel", 0)
                .set("stalledLevel", 0)
                .unset("bucket");
        previous.filter(SlaTimer::armed).ifPresent(this::unschedule);
        upsertNewer(id, generation, update);
    }

    /**
     * Claims one due level for this scanner: only the first claim of a level of an armed generation succeeds, and
     * it stores the event to publish in the same write (ADR 5).
     */
    Optional<SlaTimer> claim(SlaTimer current, DueEntry entry, PendingEvent event) {
        int next = entry.level() < current.levels() ? entry.level() + 1 : 0;
        LocalDate nextBucket = next == 0 ? null : bucketFor(current, next);
        Query claimable = query(where("_id")
                .is(entry.timer())
                .and("armed")
                .is(true)
                .and("generation")
                .is(entry.generation())
                .and("nextLevel")
                .is(entry.level()));
        Update update = new Update()
                .set("nextLevel", next)
                .set("bucket", nextBucket)
                .set("stalledLevel", entry.level())
                .push("firedLevels", entry.level())
                .push("pendingEvents", event);
        SlaTimer claimed = mongo.findAndModify(
                claimable, update, FindAndModifyOptions.options().returnNew(true), SlaTimer.class);
        if (claimed != null && next != 0) {
            // Today or later, so never before the cursor: only the bucket needs the entry.
            addToBucket(nextBucket, new DueEntry(entry.timer(), next, entry.generation()));
        }
        return Optional.ofNullable(claimed);
    }

    /** After a crash between a claim and scheduling the next level: schedule it again (idempotent). */
    void rescheduleNextLevel(DueEntry entry) {
        find(entry.timer())
                .filter(timer ->
                        timer.armed() && timer.generation() == entry.generation() && timer.nextLevel() > entry.level())
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
        return mongo.find(query(where("_id").in(ids)), DueDay.class);
    }

    /** Removes handled entries from one bucket shard in one write; entries added meanwhile stay. */
    void done(String bucketId, List<DueEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Object[] handled = entries.stream().map(TimerStore::document).toArray();
        mongo.updateFirst(query(where("_id").is(bucketId)), new Update().pullAll("entries", handled), DUE_DAYS);
    }

    /** The first day a scan must read; empty before the first timer was ever armed. */
    Optional<LocalDate> cursor() {
        Document cursor = mongo.findById(CURSOR_ID, Document.class, CURSOR);
        return Optional.ofNullable(cursor).map(doc -> LocalDate.parse(doc.getString("day")));
    }

    /** Moves the cursor from the day this scan started at, unless an arming moved it back meanwhile. */
    void advanceCursor(LocalDate from, LocalDate to) {
        mongo.updateFirst(
                query(where("_id").is(CURSOR_ID).and("day").is(from.toString())),
                new Update().set("day", to.toString()),
                CURSOR);
    }

    private void schedule(LocalDate day, DueEntry entry) {
        addToBucket(day, entry);
        mongo.upsert(query(where("_id").is(CURSOR_ID)), new Update().min("day", day.toString()), CURSOR);
    }

    private void addToBucket(LocalDate day, DueEntry entry) {
        mongo.upsert(
                query(where("_id").is(bucketOf(day, entry.timer()))),
                new Update().addToSet("entries", document(entry)),
                DUE_DAYS);
    }

    /** The {@code _id} of the bucket shard that holds the timer's entries due on that day. */
    public static String bucketOf(LocalDate day, String timerId) {
        return bucketId(day, Math.floorMod(timerId.hashCode(), BUCKET_SHARDS));
    }

    private static String bucketId(LocalDate day, int shard) {
        return day + "#" + shard;
    }

    private static Document document(DueEntry entry) {
        return new Document("timer", entry.timer())
                .append("level", entry.level())
                .append("generation", entry.generation());
    }

    private void unschedule(SlaTimer timer) {
        if (timer.bucket() != null) {
            DueEntry entry = new DueEntry(timer.id(), timer.nextLevel(), timer.generation());
            done(bucketOf(timer.bucket(), timer.id()), List.of(entry));
        }
    }

    /** Due today at the latest, so a late arming lands in a bucket that the next scan still reads. */
    private LocalDate bucketFor(SlaTimer timer, int level) {
        LocalDate due =
                time.plusWorkingDays(timer.deadline(), timer.offset(level)).plusDays(1);
        LocalDate today = time.today();
        return due.isBefore(today) ? today : due;
    }

    private boolean upsertNewer(String id, long generation, Update update) {
        try {
            mongo.upsert(query(where("_id").is(id).and("generation").lt(generation)), update, SlaTimer.class);
            return true;
        } catch (DuplicateKeyException raced) {
            return false;
        }
    }
}
