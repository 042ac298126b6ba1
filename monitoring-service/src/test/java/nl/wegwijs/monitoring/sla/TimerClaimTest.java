package nl.wegwijs.monitoring.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.contracts.SlaPhase;
import nl.wegwijs.contracts.directory.PartnerDirectory;
import nl.wegwijs.contracts.referral.ReferralStatusChanged;
import nl.wegwijs.monitoring.Events;
import nl.wegwijs.monitoring.MonitoringTestBase;
import nl.wegwijs.monitoring.MutableClock;
import nl.wegwijs.monitoring.calendar.WorkingTime;
import nl.wegwijs.monitoring.metrics.ReferralGauges;
import nl.wegwijs.monitoring.metrics.SlaMetrics;
import nl.wegwijs.monitoring.timeline.TimelineService;
import nl.wegwijs.support.outbox.OutboxRelay;
import org.bson.UuidRepresentation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;

class TimerClaimTest extends MonitoringTestBase {

    @Autowired
    MutableClock clock;

    @Autowired
    TimelineService timelines;

    @Autowired
    TimerStore timers;

    @Autowired
    SlaScanner scanner;

    @Autowired
    WorkingTime time;

    @Autowired
    OpenBacklog backlog;

    @Autowired
    ReferralGauges gauges;

    @Autowired
    PartnerDirectory directory;

    @Autowired
    OutboxRelay relay;

    @Autowired
    SlaMetrics metrics;

    @Autowired
    MongoTemplate mongo;

    @Value("${spring.mongodb.uri}")
    String mongoUri;

    @Value("${spring.mongodb.database}")
    String database;

    @Test
    void twoScannersOnOneStoreOverAThousandDueTimersFireTheirLevelExactlyOnce() throws Exception {
        clock.set(Instant.parse("2031-03-03T08:00:00Z"));
        drainWhatOtherTestsLeftDue();
        LocalDate deadline = LocalDate.of(2031, 3, 3);
        List<String> ids = IntStream.range(0, 1000)
                .mapToObj(i -> {
                    SlaTimer timer = SlaTimer.forReferral(
                            UUID.randomUUID(), UUID.randomUUID(), "RSD", SlaPhase.PICK_UP, 1, deadline, List.of(0, 5));
                    timers.arm(timer);
                    return timer.id();
                })
                .toList();
        SlaScanner second = new SlaScanner(timers, time, backlog, directory, relay, metrics, gauges);

        clock.set(Instant.parse("2031-03-03T23:00:00Z"));
        int fired = concurrently(scanner::tick, second::tick);

        assertThat(fired).isEqualTo(1000);
        for (String id : ids) {
            SlaTimer timer = timers.find(id).orElseThrow();
            assertThat(timer.firedLevels()).containsExactly(1);
            assertThat(timer.nextLevel()).as("level 2 is next, queued once").isEqualTo(2);
            assertThat(timer.pendingEvents()).as("published and removed").isEmpty();
        }
    }

    @Test
    void aRestartBetweenArmingAndFiringStillFiresOnce() {
        Events referral = new Events(PartnerCode.SOCIAAL_TEAM);
        clock.set(Instant.parse("2030-01-07T09:00:00Z"));
        timelines.record(referral.to(ReferralStatus.REQUESTED, clock.instant()));

        // A new process: new client, template, store and scanner; only the store carries the timer over.
        try (MongoClient client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(mongoUri))
                .uuidRepresentation(UuidRepresentation.STANDARD)
                .build())) {
            MongoTemplate mongo = new MongoTemplate(client, database);
            TimerStore restartedStore = new TimerStore(mongo, time);
            SlaScanner restarted =
                    new SlaScanner(restartedStore, time, new OpenBacklog(mongo), directory, relay, metrics, gauges);
            clock.set(Instant.parse("2030-01-09T23:00:00Z"));
            restarted.tick();
            restarted.tick();
        }
        scanner.tick();

        assertThat(timers.find(referral.referralId().toString()).orElseThrow().firedLevels())
                .containsExactly(1);
    }

    @Test
    void aRedeliveryAfterACrashBetweenTimerAndBucketEntryWritesTheEntryAgain() {
        Events referral = new Events(PartnerCode.SOCIAAL_TEAM);
        clock.set(Instant.parse("2030-02-04T09:00:00Z"));
        ReferralStatusChanged requested = referral.to(ReferralStatus.REQUESTED, clock.instant());
        timelines.record(requested);
        SlaTimer armed = timers.find(referral.referralId().toString()).orElseThrow();
        String shard = TimerStore.bucketOf(armed.bucket(), armed.id());
        // The crash: the timer was written, its bucket entry was not.
        mongo.updateFirst(
                org.springframework.data.mongodb.core.query.Query.query(
                        org.springframework.data.mongodb.core.query.Criteria.where("_id")
                                .is(shard)),
                new org.springframework.data.mongodb.core.query.Update()
                        .pull("entries", new DueEntry(armed.id(), 1, armed.generation()).stored()),
                TimerStore.DUE_DAYS);
        assertThat(entriesOf(shard, armed.id())).isZero();

        timelines.record(requested);

        assertThat(entriesOf(shard, armed.id())).isEqualTo(1);
        assertThat(timers.find(armed.id()).orElseThrow().generation()).isEqualTo(armed.generation());
    }

    private long entriesOf(String shard, String timer) {
        org.bson.Document bucket = mongo.getCollection(TimerStore.DUE_DAYS)
                .find(new org.bson.Document("_id", shard))
                .first();
        return bucket == null
                ? 0
                : DueDay.of(bucket).entries().stream()
                        .filter(entry -> timer.equals(entry.timer()))
                        .count();
    }

    /** The store is shared by this module's tests: fire whatever they left due, so only this test's timers remain. */
    private void drainWhatOtherTestsLeftDue() {
        for (int scan = 0; scan < 10 && scanner.tick() > 0; scan++) {
            // each scan fires at most one level per timer
        }
    }

    /** Runs both scans at once and returns how many levels they fired together. */
    private static int concurrently(Callable<Integer> one, Callable<Integer> other) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> a = pool.submit(one);
            Future<Integer> b = pool.submit(other);
            return a.get() + b.get();
        } finally {
            pool.shutdown();
        }
    }
}
