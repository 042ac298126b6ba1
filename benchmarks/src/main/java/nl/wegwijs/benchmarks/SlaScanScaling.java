package nl.wegwijs.benchmarks;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wegwijs.monitoring.calendar.WorkingTime;
import nl.wegwijs.monitoring.metrics.ReferralGauges;
import nl.wegwijs.monitoring.sla.DueEntry;
import nl.wegwijs.monitoring.sla.SlaScanner;
import nl.wegwijs.monitoring.sla.TimerStore;
import nl.wegwijs.platform.WegwijsPlatform;
import nl.wegwijs.platform.services.ServiceLauncher.Service;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * One SLA scan tick of the running monitoring service with more and more open timers, a fixed number of them due.
 * Referral documents (timeline and timer, ADR 16) and bucket entries are copies of one the pipeline armed, so they have exactly the shape the
 * service writes; the open timers that are not due wait in the buckets of the coming weeks, as they would.
 */
final class SlaScanScaling {

    private static final Logger log = LoggerFactory.getLogger(SlaScanScaling.class);
    private static final List<String> PARTNERS = List.of("RSD", "TAALHUIS", "SAMEN_OPLOPEN", "SOCIAAL_TEAM", "CJG");
    private static final int BATCH = 1_000;
    private static final int DAYS_AHEAD = 40;
    private static final int ENTRIES_HELD = 50_000;
    private static final Duration QUIET_TIMEOUT = Duration.ofMinutes(5);

    private static final int WARM_UP_TICKS = 3;

    /** Ticks measured per size, each with fresh due timers; the median is the figure. */
    static final int TICKS_PER_SIZE = 3;

    record Step(long openTimers, int due, List<Duration> ticks, Duration gaugeRefresh, Duration populate) {
        Duration tick() {
            return ticks.stream().sorted().toList().get(ticks.size() / 2);
        }
    }

    private final MongoTemplate mongo;
    private final SlaScanner scanner;
    private final ReferralGauges gauges;
    private final LocalDate today;
    private final MongoCollection<Document> timers;
    private final MongoCollection<Document> buckets;
    private final Document timerPrototype;
    private final QuietPlatform quiet;
    private long open;

    private SlaScanScaling(ConfigurableApplicationContext monitoring, QuietPlatform quiet) {
        this.quiet = quiet;
        this.mongo = monitoring.getBean(MongoTemplate.class);
        this.scanner = monitoring.getBean(SlaScanner.class);
        this.gauges = monitoring.getBean(ReferralGauges.class);
        this.today = monitoring.getBean(WorkingTime.class).today();
        this.timers = mongo.getCollection("sla_timers");
        this.buckets = mongo.getCollection(TimerStore.DUE_DAYS);
        this.timerPrototype = timers.find(and(eq("kind", "REFERRAL"), eq("armed", true), eq("nextLevel", 1)))
                .first();
        if (timerPrototype == null) {
            throw new IllegalStateException("No armed referral timer to copy: run the pipeline benchmarks first");
        }
        this.open = timers.countDocuments(eq("armed", true));
    }

    static List<Step> run(WegwijsPlatform platform, List<Integer> sizes, int due) throws InterruptedException {
        try (QuietPlatform quiet = new QuietPlatform(platform)) {
            SlaScanScaling scaling = new SlaScanScaling(platform.serviceContext(Service.MONITORING), quiet);
            scaling.scanner.tick(); // whatever is due already, so each measured tick fires only the timers added for it
            for (int t = 0; t < WARM_UP_TICKS; t++) {
                scaling.tick(due); // the claim and publish path runs, and compiles, before anything is measured
            }
            List<Step> steps = new ArrayList<>();
            for (int size : sizes) {
                steps.add(scaling.step(size, due));
            }
            return steps;
        }
    }

    private Step step(int size, int due) throws InterruptedException {
        long begin = System.nanoTime();
        insert(Math.max(0, size - open - (long) due * TICKS_PER_SIZE), false);
        Duration populate = Duration.ofNanos(System.nanoTime() - begin);
        List<Duration> ticks = new ArrayList<>();
        for (int t = 0; t < TICKS_PER_SIZE; t++) {
            ticks.add(tick(due));
        }
        long start = System.nanoTime();
        gauges.refresh();
        Duration refresh = Duration.ofNanos(System.nanoTime() - start);
        Step step = new Step(open, due, List.copyOf(ticks), refresh, populate);
        log.info("SLA scan benchmark: {}", step);
        return step;
    }

    /**
     * Adds {@code due} timers due today and times one scan, which must fire exactly those. It starts once the services
     * have handled what the one before set off (its escalations): ticks are a minute apart in service, and the figure
     * is the tick's own cost.
     */
    private Duration tick(int due) throws InterruptedException {
        quiet.await(QUIET_TIMEOUT);
        insert(due, true);
        long start = System.nanoTime();
        int fired = scanner.tick();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (fired != due) {
            throw new IllegalStateException("The scan fired " + fired + " levels; " + due + " were due");
        }
        return took;
    }

    /**
     * Adds open timers with their timelines and level-1 bucket entries: due today, or spread over weeks ahead. The
     * entries are pushed per bucket shard once per 50k timers, as a bulk load would, not once per timer as arming does.
     */
    private void insert(long count, boolean dueToday) {
        Map<String, List<String>> entries = new HashMap<>();
        for (long done = 0; done < count; done += BATCH) {
            int n = (int) Math.min(BATCH, count - done);
            List<Document> timerBatch = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                long index = open + i;
                UUID referral = UUID.randomUUID();
                String partner = PARTNERS.get((int) (index % PARTNERS.size()));
                LocalDate deadline = dueToday ? today.minusDays(1) : today.plusDays(1 + index % DAYS_AHEAD);
                LocalDate bucket = dueToday ? today : deadline.plusDays(1);
                Document timer = new Document(timerPrototype)
                        .append("_id", referral.toString())
                        .append("referralId", referral)
                        .append("newcomerId", UUID.randomUUID())
                        .append("partner", partner)
                        .append("deadline", date(deadline))
                        .append("bucket", date(bucket))
                        .append("stalledLevel", 0)
                        .append("nextLevel", 1)
                        .append("firedLevels", List.of())
                        .append("pendingEvents", List.of());
                timerBatch.add(timer);
                entries.computeIfAbsent(TimerStore.bucketOf(bucket, referral.toString()), id -> new ArrayList<>())
                        .add(new DueEntry(
                                        referral.toString(), 1, ((Number) timerPrototype.get("generation")).longValue())
                                .stored());
            }
            timers.insertMany(timerBatch);
            open += n;
            if (entries.values().stream().mapToInt(List::size).sum() >= ENTRIES_HELD) {
                push(entries);
            }
        }
        push(entries);
    }

    /** Pushes the held entries per bucket shard: held for a million timers, they alone would fill the heap budget. */
    private void push(Map<String, List<String>> entries) {
        entries.forEach((id, list) ->
                buckets.updateOne(eq("_id", id), Updates.pushEach("entries", list), new UpdateOptions().upsert(true)));
        entries.clear();
    }

    /** A day as the service's mapping stores it. */
    private Object date(LocalDate day) {
        return mongo.getConverter().convertToMongoType(day);
    }
}
