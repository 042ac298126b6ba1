package nl.wegwijs.monitoring.sla;

import static nl.wegwijs.monitoring.EscalationsProbe.about;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.wegwijs.contracts.CloudEventHeaders;
import nl.wegwijs.contracts.EventReader;
import nl.wegwijs.contracts.EventType;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.contracts.SlaPhase;
import nl.wegwijs.contracts.directory.PartnerDirectory;
import nl.wegwijs.contracts.intake.FollowUpHeld;
import nl.wegwijs.contracts.intake.FollowUpScheduled;
import nl.wegwijs.contracts.intake.PillarOutcomes;
import nl.wegwijs.contracts.monitoring.FollowUpOverdue;
import nl.wegwijs.contracts.monitoring.ReferralStalled;
import nl.wegwijs.monitoring.EscalationsProbe;
import nl.wegwijs.monitoring.Events;
import nl.wegwijs.monitoring.MonitoringTestBase;
import nl.wegwijs.monitoring.MutableClock;
import nl.wegwijs.monitoring.calendar.WorkingTime;
import nl.wegwijs.monitoring.metrics.ReferralGauges;
import nl.wegwijs.monitoring.metrics.SlaMetrics;
import nl.wegwijs.monitoring.timeline.TimelineService;
import nl.wegwijs.support.outbox.OutboxRelay;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

class SlaTimersTest extends MonitoringTestBase {

    @Autowired
    MutableClock clock;

    @Autowired
    TimelineService timelines;

    @Autowired
    FollowUpTimers followUps;

    @Autowired
    TimerStore timers;

    @Autowired
    SlaScanner scanner;

    @Autowired
    OpenBacklog backlog;

    @Autowired
    ReferralGauges gauges;

    @Autowired
    OutboxRelay relay;

    @Autowired
    WorkingTime time;

    @Autowired
    PartnerDirectory directory;

    @Autowired
    SlaMetrics metrics;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    MongoTemplate mongo;

    EscalationsProbe escalations;

    @BeforeEach
    void probe() {
        escalations = new EscalationsProbe(broker);
    }

    @AfterEach
    void closeProbe() {
        escalations.close();
    }

    @Test
    void referralRequestedOnTheThursdayBeforeEasterIsFlaggedAtTheEndOfItsSecondWorkingDayThenLevelsTwoAndThree() {
        Events referral = new Events(PartnerCode.RSD);
        // Thursday 2 April 2026, 10:00 in Zeist; Good Friday and Easter Monday do not count.
        at("2026-04-02T08:00:00Z");
        timelines.record(referral.to(ReferralStatus.REQUESTED, clock.instant()));

        // The second working day is Wednesday 8 April; it ends at midnight in Amsterdam (22:00 UTC in summer time).
        at("2026-04-08T21:59:59Z");
        scanner.tick();
        assertThat(stalledLevel(referral))
                .as("not flagged before the end of the second working day")
                .isZero();

        at("2026-04-08T22:00:00Z");
        scanner.tick();
        assertThat(stalledLevel(referral)).isEqualTo(1);
        ReferralStalled level1 = stalled(referral, 1);
        assertThat(level1.phase()).isEqualTo(SlaPhase.ACKNOWLEDGE);
        assertThat(level1.dueAt()).isEqualTo(Instant.parse("2026-04-08T22:00:00Z"));
        assertThat(level1.overdueWorkingDays()).isZero();
        assertThat(level1.openBacklog()).isPositive();

        // Level 2: five working days after the deadline, Wednesday 15 April.
        at("2026-04-15T21:59:59Z");
        scanner.tick();
        assertThat(stalledLevel(referral)).isEqualTo(1);
        at("2026-04-15T22:00:00Z");
        scanner.tick();
        assertThat(stalled(referral, 2).overdueWorkingDays()).isEqualTo(5);

        // Level 3: fifteen working days after the deadline, skipping King's Day (Monday 27 April): Thursday 30 April.
        at("2026-04-30T21:59:59Z");
        scanner.tick();
        assertThat(stalledLevel(referral)).isEqualTo(2);
        at("2026-04-30T22:00:00Z");
        scanner.tick();
        assertThat(stalled(referral, 3).overdueWorkingDays()).isEqualTo(15);

        EscalationsProbe.Received first =
                escalations.await(about(referral.referralId()), 3).get(0);
        assertThat(first.headers())
                .containsEntry(CloudEventHeaders.TYPE, "nl.wegwijs.monitoring.ReferralStalled.v1")
                .containsEntry(CloudEventHeaders.SUBJECT, referral.referralId().toString())
                .containsEntry(CloudEventHeaders.SPEC_VERSION, "1.0")
                .containsKeys(CloudEventHeaders.ID, CloudEventHeaders.SOURCE, CloudEventHeaders.TIME);
        assertThat(timers.find(referral.referralId().toString()).orElseThrow().firedLevels())
                .containsExactly(1, 2, 3);
    }

    @Test
    void acceptingBeforeALevelDisarmsTheTimer() {
        Events referral = new Events(PartnerCode.CJG);
        at("2026-04-02T08:00:00Z");
        timelines.record(referral.to(ReferralStatus.REQUESTED, clock.instant()));
        at("2026-04-07T09:00:00Z");
        timelines.record(referral.to(ReferralStatus.RECEIVED, clock.instant()));
        at("2026-04-08T09:00:00Z");
        timelines.record(referral.to(ReferralStatus.ACCEPTED, clock.instant()));
        at("2026-04-10T09:00:00Z");
        timelines.record(referral.to(ReferralStatus.IN_PROGRESS, clock.instant()));

        at("2026-06-01T09:00:00Z");
        scanner.tick();

        SlaTimer timer = timers.find(referral.referralId().toString()).orElseThrow();
        assertThat(timer.armed()).isFalse();
        assertThat(timer.firedLevels()).isEmpty();
        assertThat(escalations.all(about(referral.referralId()))).isEmpty();
    }

    @Test
    void aReferralReceivedBeforeItsAcknowledgementWasDueFiresItsPickUpLevelFromTheEntryItsRequestLeft() {
        Events referral = new Events(PartnerCode.CJG);
        String id = referral.referralId().toString();
        at("2026-07-06T08:00:00Z"); // Monday: acknowledgement due Wednesday 8 July
        timelines.record(referral.to(ReferralStatus.REQUESTED, clock.instant()));
        at("2026-07-07T08:00:00Z"); // Tuesday: CJG's five working days to pick up end Tuesday 14 July
        timelines.record(referral.to(ReferralStatus.RECEIVED, clock.instant()));

        SlaTimer pickUp = timers.find(id).orElseThrow();
        assertThat(pickUp.phase()).isEqualTo(SlaPhase.PICK_UP);
        assertThat(entriesOf(id))
                .as("no entry of its own: the acknowledgement's, on an earlier day, stands for it")
                .containsExactly(new DueEntry(id, 1, 1));

        at("2026-07-08T22:00:00Z"); // the acknowledgement's day is scanned
        scanner.tick();
        assertThat(stalledLevel(referral)).isZero();
        assertThat(entriesOf(id))
                .as("moved forward to the pick-up's day")
                .containsExactly(new DueEntry(id, 1, pickUp.generation()));

        at("2026-07-14T21:59:59Z");
        scanner.tick();
        assertThat(stalledLevel(referral)).isZero();
        at("2026-07-14T22:00:00Z");
        scanner.tick();
        assertThat(stalled(referral, 1).phase()).isEqualTo(SlaPhase.PICK_UP);
        assertThat(escalations.all(about(referral.referralId())))
                .as("nothing fired for the acknowledgement")
                .hasSize(1);
    }

    @Test
    void aScanWhoseClaimLostToAReceiptMovesTheTimersOwnEntryForward() {
        Events referral = new Events(PartnerCode.RSD);
        String id = referral.referralId().toString();
        at("2026-07-13T08:00:00Z");
        timelines.record(referral.to(ReferralStatus.REQUESTED, clock.instant()));
        DueEntry acknowledgement = entriesOf(id).get(0);
        // A scan read the acknowledgement's entry and its timer; the receipt re-arms it before the scan's claim.
        timelines.record(referral.to(ReferralStatus.RECEIVED, clock.instant()));
        SlaTimer pickUp = timers.find(id).orElseThrow();
        assertThat(entriesOf(id)).doesNotContain(new DueEntry(id, 1, pickUp.generation()));

        timers.rescheduleNextLevel(acknowledgement, time.today().plusDays(3)); // what the failed claim does

        assertThat(entriesOf(id)).contains(new DueEntry(id, 1, pickUp.generation()));
    }

    @Test
    void waitlistedStartsTheReviewTimerAndTheExpectedStartDateMovesIt() {
        Events referral = new Events(PartnerCode.TAALHUIS);
        at("2026-03-02T09:00:00Z");
        timelines.record(referral.to(ReferralStatus.REQUESTED, clock.instant()));
        timelines.record(referral.to(ReferralStatus.RECEIVED, clock.instant()));
        timelines.record(referral.to(ReferralStatus.WAITLISTED, clock.instant()));
        SlaTimer review = timers.find(referral.referralId().toString()).orElseThrow();
        assertThat(review.phase()).isEqualTo(SlaPhase.WAITLIST_REVIEW);
        // 20 working days after Monday 2 March 2026.
        assertThat(review.deadline()).isEqualTo(LocalDate.of(2026, 3, 30));

        at("2026-03-20T09:00:00Z");
        timelines.record(referral.to(ReferralStatus.WAITLISTED, clock.instant(), LocalDate.of(2026, 6, 1)));
        assertThat(timers.find(referral.referralId().toString()).orElseThrow().deadline())
                .isEqualTo(LocalDate.of(2026, 6, 1));

        at("2026-04-01T09:00:00Z");
        scanner.tick();
        assertThat(stalledLevel(referral))
                .as("the old review deadline no longer fires")
                .isZero();

        at("2026-06-01T21:59:59Z");
        scanner.tick();
        assertThat(stalledLevel(referral)).isZero();
        at("2026-06-01T22:00:00Z");
        scanner.tick();
        assertThat(stalled(referral, 1).phase()).isEqualTo(SlaPhase.WAITLIST_REVIEW);
    }

    @Test
    void followUpsScheduledTogetherAreStoredAndQueuedAsEachAloneWouldBeAndARepeatChangesNothing() {
        UUID alone = UUID.randomUUID();
        UUID together = UUID.randomUUID();
        at("2026-03-02T10:00:00Z");
        followUps.scheduled(scheduled(alone, LocalDate.of(2026, 9, 2)));
        followUps.scheduledAll(List.of(
                scheduled(together, LocalDate.of(2026, 9, 2)),
                scheduled(UUID.randomUUID(), LocalDate.of(2026, 12, 2))));
        followUps.scheduledAll(List.of(scheduled(together, LocalDate.of(2026, 9, 2)))); // redelivered

        SlaTimer one = timers.find(SlaTimer.followUpId(alone, 1)).orElseThrow();
        SlaTimer other = timers.find(SlaTimer.followUpId(together, 1)).orElseThrow();
        assertThat(other)
                .usingRecursiveComparison()
                .ignoringFields("id", "newcomerId")
                .isEqualTo(one);
        assertThat(other.newcomerId()).isEqualTo(together);
        assertThat(entriesOf(other.id()))
                .as("queued once")
                .containsExactly(new DueEntry(other.id(), 1, other.generation()));
    }

    @Test
    void aFollowUpAtSixMonthsNotHeldWithinTheGracePeriodIsOverdueAndAHeldOneIsNot() {
        UUID late = UUID.randomUUID();
        UUID held = UUID.randomUUID();
        at("2026-03-02T10:00:00Z");
        followUps.scheduled(scheduled(late, LocalDate.of(2026, 9, 2)));
        followUps.scheduled(scheduled(held, LocalDate.of(2026, 9, 2)));
        at("2026-09-20T10:00:00Z");
        followUps.held(new FollowUpHeld(
                UUID.randomUUID(),
                clock.instant(),
                "GM0355",
                held,
                1,
                LocalDate.of(2026, 9, 20),
                samplePillars(),
                List.of()));

        // Due 2 September; 20 working days of grace end on Wednesday 30 September.
        at("2026-09-30T21:59:59Z");
        scanner.tick();
        assertThat(escalations.all(about(late))).isEmpty();
        at("2026-09-30T22:00:00Z");
        scanner.tick();

        FollowUpOverdue overdue =
                (FollowUpOverdue) escalations.await(about(late), 1).get(0).event();
        assertThat(overdue.number()).isEqualTo(1);
        assertThat(overdue.dueDate()).isEqualTo(LocalDate.of(2026, 9, 2));
        assertThat(overdue.overdueWorkingDays()).isEqualTo(20);
        assertThat(escalations.all(about(held))).isEmpty();

        followUps.scheduled(scheduled(held, LocalDate.of(2026, 9, 2)));
        assertThat(timers.find(SlaTimer.followUpId(held, 1)).orElseThrow().armed())
                .as("a repeated FollowUpScheduled does not re-arm a held conversation")
                .isFalse();
    }

    @Test
    void anEscalationClaimedByAScanThatStoppedBeforePublishingIsPublishedOnceByTheNextScan() {
        Events referral = new Events(PartnerCode.CJG);
        at("2032-03-01T09:00:00Z"); // Monday
        timelines.record(referral.to(ReferralStatus.REQUESTED, clock.instant()));
        at("2032-03-04T09:00:00Z");
        SlaTimer timer = timers.find(referral.referralId().toString()).orElseThrow();
        DueEntry entry = new DueEntry(timer.id(), 1, timer.generation());

        // What a scan leaves when the broker refuses or the process dies right after its claim.
        TimerStore.Claim claim = new TimerStore.Claim(timer, entry);
        assertThat(timers.claimAll(List.of(claim))).containsKey(claim.token());
        assertThat(escalations.all(about(referral.referralId()))).isEmpty();

        scanner.tick();
        scanner.tick();

        assertThat(escalations.await(about(referral.referralId()), 1))
                .extracting(received -> received.event().eventId())
                .containsExactly(entry.escalationId());
        SlaTimer after = timers.find(timer.id()).orElseThrow();
        assertThat(after.pendingEvents()).isEmpty();
        assertThat(after.firedLevels()).containsExactly(1);
        assertThat(escalations.all(about(referral.referralId())))
                .as("not published twice")
                .hasSize(1);
    }

    @Test
    void anEntryABucketHeldAsASubDocumentBeforeEntriesWereStringsFiresOnceAndLeavesItsBucket() {
        Events referral = new Events(PartnerCode.TAALHUIS);
        String id = referral.referralId().toString();
        at("2035-03-05T09:00:00Z"); // Monday
        for (int scan = 0; scan < 10 && scanner.tick() > 0; scan++) {
            // fire what other tests of this shared store left due, so the scan below fires this test's level only
        }
        timelines.record(referral.to(ReferralStatus.REQUESTED, clock.instant()));
        SlaTimer timer = timers.find(id).orElseThrow();
        DueEntry entry = new DueEntry(id, 1, timer.generation());
        String shard = TimerStore.bucketOf(timer.bucket(), id);
        // As a store written before ADR 38 holds it (a sub-document), and beside it the string a redelivered arming
        // added after the upgrade.
        mongo.getCollection(TimerStore.DUE_DAYS)
                .updateOne(
                        new Document("_id", shard),
                        new Document("$set", new Document("entries", List.of(entry.asDocument(), entry.stored()))));
        assertThat(entriesOf(id)).containsExactly(entry);

        at("2035-03-08T09:00:00Z");
        assertThat(scanner.tick()).as("the level is claimed and counted once").isEqualTo(1);

        assertThat(escalations.await(about(referral.referralId()), 1))
                .extracting(received -> received.event().eventId())
                .containsExactly(entry.escalationId());
        assertThat(storedEntries(shard)).as("both forms are gone").isEmpty();
        DueEntry next = new DueEntry(id, 2, timer.generation());
        assertThat(entriesOf(id)).containsExactly(next);
        assertThat(storedEntries(
                        TimerStore.bucketOf(timers.find(id).orElseThrow().bucket(), id)))
                .as("the next level's entry is stored as a string")
                .contains(next.stored());
        assertThat(escalations.all(about(referral.referralId())))
                .as("published once")
                .hasSize(1);
    }

    private List<Object> storedEntries(String shard) {
        Document bucket = mongo.getCollection(TimerStore.DUE_DAYS)
                .find(new Document("_id", shard))
                .first();
        return bucket == null ? List.of() : bucket.getList("entries", Object.class, List.of());
    }

    @Test
    void anEscalationClaimedButNotPublishedBeforeTheReferralMovedOnIsPublishedAsItWasWhenClaimed() {
        Events referral = new Events(PartnerCode.RSD);
        String id = referral.referralId().toString();
        at("2034-03-06T09:00:00Z"); // Monday: acknowledgement due Wednesday 8 March
        timelines.record(referral.to(ReferralStatus.REQUESTED, clock.instant()));
        at("2034-03-08T23:30:00Z"); // its first level is due
        SlaTimer acknowledge = timers.find(id).orElseThrow();
        DueEntry entry = new DueEntry(id, 1, acknowledge.generation());
        // A scan claims the level and stops before publishing; then the partner acknowledges.
        assertThat(timers.claimAll(List.of(new TimerStore.Claim(acknowledge, entry))))
                .hasSize(1);
        timelines.record(referral.to(ReferralStatus.RECEIVED, clock.instant()));
        assertThat(timers.find(id).orElseThrow().phase()).isEqualTo(SlaPhase.PICK_UP);

        scanner.tick();

        ReferralStalled sent = stalled(referral, 1);
        assertThat(sent.eventId()).isEqualTo(entry.escalationId());
        assertThat(sent.phase()).as("as the timer was when claimed").isEqualTo(SlaPhase.ACKNOWLEDGE);
        assertThat(entriesOf(id))
                .as("the pick-up's own entry, moved forward; the claimed one gone")
                .containsExactly(
                        new DueEntry(id, 1, timers.find(id).orElseThrow().generation()));
    }

    @Test
    void anEscalationTheBrokerRefusesStaysDueWhileTheOthersGoOutAndTheNextScanSendsIt() {
        Events refused = new Events(PartnerCode.RSD);
        Events accepted = new Events(PartnerCode.RSD);
        at("2033-03-07T09:00:00Z"); // Monday
        timelines.record(refused.to(ReferralStatus.REQUESTED, clock.instant()));
        timelines.record(accepted.to(ReferralStatus.REQUESTED, clock.instant()));
        OutboxRelay refusing = Mockito.spy(relay);
        Mockito.doThrow(new IllegalStateException("broker refused"))
                .when(refusing)
                .publishUnstored(Mockito.eq(refused.referralId().toString()), Mockito.anyList());
        SlaScanner scannerWithRefusingBroker =
                new SlaScanner(timers, time, backlog, directory, refusing, metrics, gauges);

        at("2033-03-10T09:00:00Z");
        scannerWithRefusingBroker.tick();

        assertThat(escalations.await(about(accepted.referralId()), 1)).hasSize(1);
        assertThat(escalations.all(about(refused.referralId()))).isEmpty();
        String refusedTimer = refused.referralId().toString();
        DueEntry refusedEntry = new DueEntry(
                refusedTimer, 1, timers.find(refusedTimer).orElseThrow().generation());
        assertThat(entriesOf(refusedTimer)).as("its entry stays, as its record").contains(refusedEntry);
        assertThat(timers.cursor()).as("held at the day of the refused entry").contains(LocalDate.of(2033, 3, 10));

        at("2033-03-11T09:00:00Z");
        scanner.tick();

        assertThat(escalations.await(about(refused.referralId()), 1))
                .extracting(received -> received.event().eventId())
                .containsExactly(refusedEntry.escalationId());
        assertThat(entriesOf(refusedTimer)).as("published, so gone").doesNotContain(refusedEntry);
        assertThat(escalations.all(about(accepted.referralId())))
                .as("sent once")
                .hasSize(1);
    }

    private FollowUpScheduled scheduled(UUID newcomerId, LocalDate due) {
        return new FollowUpScheduled(
                UUID.randomUUID(), Instant.parse("2026-03-02T10:00:00Z"), "GM0355", newcomerId, 1, due);
    }

    private static PillarOutcomes samplePillars() {
        try (var in = FollowUpHeld.class.getResourceAsStream(EventType.FOLLOW_UP_HELD.sampleResource())) {
            return ((FollowUpHeld) new EventReader().parse(EventType.FOLLOW_UP_HELD, in.readAllBytes())).pillars();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void at(String instant) {
        clock.set(Instant.parse(instant));
    }

    /** The bucket entries naming the timer, on any day. */
    private List<DueEntry> entriesOf(String timerId) {
        return mongo.getCollection(TimerStore.DUE_DAYS).find().map(DueDay::of).into(new ArrayList<>()).stream()
                .flatMap(day -> day.entries().stream())
                .filter(entry -> entry.timer().equals(timerId))
                .toList();
    }

    private int stalledLevel(Events referral) {
        return timers.find(referral.referralId().toString()).orElseThrow().stalledLevel();
    }

    private ReferralStalled stalled(Events referral, int level) {
        return escalations.await(about(referral.referralId()), level).stream()
                .map(received -> (ReferralStalled) received.event())
                .filter(event -> event.level() == level)
                .findFirst()
                .orElseThrow();
    }
}
