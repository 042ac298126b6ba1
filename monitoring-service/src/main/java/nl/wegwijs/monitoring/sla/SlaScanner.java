package nl.wegwijs.monitoring.sla;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.Topics;
import nl.wegwijs.contracts.WegwijsEvent;
import nl.wegwijs.contracts.directory.PartnerDirectory;
import nl.wegwijs.contracts.monitoring.FollowUpOverdue;
import nl.wegwijs.contracts.monitoring.ReferralStalled;
import nl.wegwijs.monitoring.calendar.WorkingTime;
import nl.wegwijs.monitoring.metrics.ReferralGauges;
import nl.wegwijs.monitoring.metrics.SlaMetrics;
import nl.wegwijs.support.outbox.OutboxRelay;
import nl.wegwijs.support.outbox.PendingEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Fires what fell due: reads the day buckets from the cursor up to today, claims each due level atomically and
 * publishes its escalation. Its cost is the days since the last scan plus the due levels.
 *
 * <p>An entry leaves its bucket only once the escalation it fired was published. One the broker refuses stays, the
 * cursor is held at its day, and the next scan meets it again, finds its level claimed and publishes the escalation
 * again, built anew with the same id; the other entries go on meanwhile. So the buckets are the escalations' outbox,
 * no timer is written again to remove a sent escalation (ADR 33), and no sweep reads every timer (ADR 8). The
 * escalations of a day are sent without waiting on each, and their answers awaited together at its end (issue 16: a
 * tick costs what is due, not a broker round trip and an outbox write after each). After three refusals in a row a
 * scan stops: the broker is down.
 */
@Component
public class SlaScanner {

    private static final Logger log = LoggerFactory.getLogger(SlaScanner.class);
    private static final int FAILURES_BEFORE_GIVING_UP = 3;
    private static final CompletableFuture<Boolean> DONE = CompletableFuture.completedFuture(true);

    private final TimerStore timers;
    private final WorkingTime time;
    private final OpenBacklog backlog;
    private final PartnerDirectory directory;
    private final OutboxRelay relay;
    private final SlaMetrics metrics;
    private final ReferralGauges gauges;

    SlaScanner(
            TimerStore timers,
            WorkingTime time,
            OpenBacklog backlog,
            PartnerDirectory directory,
            OutboxRelay relay,
            SlaMetrics metrics,
            ReferralGauges gauges) {
        this.gauges = gauges;
        this.timers = timers;
        this.time = time;
        this.backlog = backlog;
        this.directory = directory;
        this.relay = relay;
        this.metrics = metrics;
    }

    /** One scan; returns how many levels this scanner fired. */
    public int tick() {
        LocalDate today = time.today();
        LocalDate from = timers.cursor().filter(day -> day.isBefore(today)).orElse(today);
        Scan scan = new Scan();
        for (LocalDate day = from; !day.isAfter(today) && !scan.givenUp(); day = day.plusDays(1)) {
            scan(day, scan);
        }
        // Held at the first day with an unpublished escalation, so the next scan reads its entries again.
        timers.advanceCursor(from, scan.firstFailedDay == null ? today : scan.firstFailedDay);
        if (scan.fired > 0) {
            log.info("SLA scan fired {} escalation level(s)", scan.fired);
        }
        return scan.fired;
    }

    /**
     * One day: its bucket shards with one {@code $in}, their timers with one {@code $in}, the claims of its due levels
     * in one bulk write read back with one {@code $in}, one publication per claim (sent together, awaited at the end),
     * then the next levels' entries and the removal of the handled ones in one bulk write each (ADR 16). An entry of
     * a timer armed again since, without an entry of its own, moves forward to the timer's day (ADR 33).
     */
    private void scan(LocalDate day, Scan scan) {
        List<DueDay> buckets = timers.dueOn(day);
        Map<String, SlaTimer> due = timers.findAll(buckets.stream()
                .flatMap(bucket -> bucket.entries().stream())
                .map(DueEntry::timer)
                .collect(Collectors.toSet()));
        List<Firing> firings = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        List<SlaTimer> scheduled = new ArrayList<>();
        for (DueDay bucket : buckets) {
            for (DueEntry entry : bucket.entries()) {
                SlaTimer timer = due.get(entry.timer());
                scan.attempt(entry, day, () -> {
                    CompletableFuture<Boolean> leftovers = timer == null ? DONE : publishLeftovers(timer);
                    if (timer != null && timer.armed() && timer.generation() == entry.generation()) {
                        candidates.add(new Candidate(bucket.id(), entry, timer, leftovers));
                    } else {
                        if (timer != null && timer.dueLaterThan(entry, day)) {
                            scheduled.add(timer);
                        }
                        CompletableFuture<Boolean> again = timer == null ? DONE : publishAgain(timer, entry);
                        firings.add(new Firing(bucket.id(), entry, both(leftovers, again)));
                    }
                });
            }
        }
        claim(candidates, day, scan)
                .forEach((candidate, claim) -> scan.attempt(candidate.entry(), day, () -> {
                    CompletableFuture<Boolean> published;
                    if (claim == null) {
                        // Claimed before: by another scanner (which may yet fail to publish) or by a scan that stopped.
                        published = timers.find(candidate.entry().timer())
                                .map(timer -> both(publishLeftovers(timer), publishAgain(timer, candidate.entry())))
                                .orElse(DONE);
                        timers.rescheduleNextLevel(candidate.entry(), day);
                    } else {
                        fired(candidate.timer(), candidate.entry());
                        scheduled.add(claim);
                        scan.fired++;
                        published = publish(candidate.timer(), candidate.entry());
                    }
                    firings.add(
                            new Firing(candidate.bucket(), candidate.entry(), both(candidate.leftovers(), published)));
                }));
        Map<String, List<DueEntry>> handled = new HashMap<>();
        for (Firing firing : firings) {
            if (scan.published(firing, day)) {
                handled.computeIfAbsent(firing.bucket(), id -> new ArrayList<>())
                        .add(firing.entry());
            }
        }
        timers.scheduleNextLevels(scheduled);
        timers.done(handled);
    }

    /** A due level of an armed timer, to claim, and what an earlier claim left unsent, being sent. */
    private record Candidate(String bucket, DueEntry entry, SlaTimer timer, CompletableFuture<Boolean> leftovers) {}

    /** A due entry handled, and the broker's answer to what it sent: true once every escalation it sent is stored. */
    private record Firing(String bucket, DueEntry entry, CompletableFuture<Boolean> published) {}

    /** Each candidate with the timer its claim stored, or null where the level was claimed before. */
    private Map<Candidate, SlaTimer> claim(List<Candidate> candidates, LocalDate day, Scan scan) {
        Map<Candidate, SlaTimer> claims = new LinkedHashMap<>();
        if (candidates.isEmpty()) {
            return claims;
        }
        List<TimerStore.Claim> attempts = candidates.stream()
                .map(candidate -> new TimerStore.Claim(candidate.timer(), candidate.entry()))
                .toList();
        Map<String, SlaTimer> byToken;
        try {
            byToken = timers.claimAll(attempts);
        } catch (RuntimeException e) {
            candidates.forEach(candidate -> scan.failed(candidate.entry(), day, e.toString()));
            return claims;
        }
        for (int i = 0; i < candidates.size(); i++) {
            claims.put(candidates.get(i), byToken.get(attempts.get(i).token()));
        }
        return claims;
    }

    /** The escalation of a level this scan claimed; its bucket entry is its record until the broker has it. */
    private CompletableFuture<Boolean> publish(SlaTimer timer, DueEntry entry) {
        return relay.publishUnstored(timer.id(), List.of(escalation(timer, entry)));
    }

    /**
     * A level claimed before whose entry is still here: its escalation may never have gone out, so it goes again, as
     * the timer was when it was claimed, also where it was armed anew or disarmed since.
     */
    private CompletableFuture<Boolean> publishAgain(SlaTimer timer, DueEntry entry) {
        return timer.asClaimedFor(entry).map(then -> publish(then, entry)).orElse(DONE);
    }

    private PendingEvent escalation(SlaTimer timer, DueEntry entry) {
        WegwijsEvent event = timer.kind() == TimerKind.REFERRAL
                ? stalled(timer, entry, backlog.open(timer.partner()))
                : overdue(timer, entry);
        return PendingEvent.of(Topics.ESCALATIONS, event);
    }

    private void fired(SlaTimer timer, DueEntry entry) {
        if (timer.kind() == TimerKind.REFERRAL) {
            metrics.breached(timer.partner(), timer.phase(), entry.level());
        }
        gauges.fired(timer, entry.level());
        log.debug("Timer {} fired level {}", timer.id(), entry.level());
    }

    /** What one scan has done so far. */
    private final class Scan {
        private int fired;
        private int failuresInARow;
        private LocalDate firstFailedDay;

        /** Runs one entry's step; a step that throws (the broker refuses at once) leaves the entry due. */
        void attempt(DueEntry entry, LocalDate day, Runnable step) {
            try {
                step.run();
            } catch (RuntimeException e) {
                failed(entry, day, e.toString());
            }
        }

        /** Waits for the firing's sends; @return whether the entry is done with */
        boolean published(Firing firing, LocalDate day) {
            String refused;
            try {
                if (firing.published().join()) {
                    failuresInARow = 0;
                    return true;
                }
                refused = "the broker refused the escalation";
            } catch (RuntimeException e) {
                refused = e.toString();
            }
            failed(firing.entry(), day, refused);
            return false;
        }

        void failed(DueEntry entry, LocalDate day, String why) {
            log.warn(
                    "Escalation of timer {} level {} not published; the next scan tries again: {}",
                    entry.timer(),
                    entry.level(),
                    why);
            metrics.unpublished();
            failuresInARow++;
            if (firstFailedDay == null || day.isBefore(firstFailedDay)) {
                firstFailedDay = day;
            }
        }

        /** A few refusals in a row: the broker is down, and scanning further days would only stall. */
        boolean givenUp() {
            return failuresInARow >= FAILURES_BEFORE_GIVING_UP;
        }
    }

    /**
     * Escalations a claim stored, before claims left them to their bucket entries (ADR 33), that nobody has published
     * yet; consumers drop a second copy by event id.
     */
    private CompletableFuture<Boolean> publishLeftovers(SlaTimer timer) {
        return timer.pendingEvents().isEmpty() ? DONE : relay.publish(timer.id(), timer.pendingEvents());
    }

    private static CompletableFuture<Boolean> both(CompletableFuture<Boolean> a, CompletableFuture<Boolean> b) {
        return a.thenCombine(b, Boolean::logicalAnd);
    }

    private ReferralStalled stalled(SlaTimer timer, DueEntry entry, int openBacklog) {
        return new ReferralStalled(
                entry.escalationId(),
                time.now(),
                directory.municipality().code(),
                timer.referralId(),
                timer.newcomerId(),
                PartnerCode.of(timer.partner()),
                timer.phase(),
                entry.level(),
                time.endOf(timer.deadline()),
                time.workingDaysOverdue(timer.deadline()),
                openBacklog);
    }

    private FollowUpOverdue overdue(SlaTimer timer, DueEntry entry) {
        LocalDate dueDate = timer.followUpDue();
        return new FollowUpOverdue(
                entry.escalationId(),
                time.now(),
                directory.municipality().code(),
                timer.newcomerId(),
                timer.number(),
                dueDate,
                time.workingDaysOverdue(dueDate));
    }
}
