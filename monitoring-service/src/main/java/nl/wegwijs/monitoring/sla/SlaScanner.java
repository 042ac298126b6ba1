package nl.wegwijs.monitoring.sla;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
 * leaves its escalation in the timer's outbox. Its cost is the days since the last scan plus the due levels.
 *
 * <p>An entry leaves its bucket only once the escalation it fired was published. One the broker refuses stays, the
 * cursor is held at its day, and the next scan meets it again, finds the timer's event still pending and publishes
 * it; the other entries go on meanwhile. So the buckets are the outbox's to-do list, and no sweep reads every timer
 * (ADR 8). After three refusals in a row a scan stops: the broker is down.
 */
@Component
public class SlaScanner {

    private static final Logger log = LoggerFactory.getLogger(SlaScanner.class);
    private static final int FAILURES_BEFORE_GIVING_UP = 3;

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
     * One day: its bucket shards with one {@code $in}, their timers with one {@code $in}, one claim and one
     * publication per due entry, then the next levels' entries and the removal of the handled ones in one bulk write
     * each (ADR 16).
     */
    private void scan(LocalDate day, Scan scan) {
        List<DueDay> buckets = timers.dueOn(day);
        Map<String, SlaTimer> due = timers.findAll(buckets.stream()
                .flatMap(bucket -> bucket.entries().stream())
                .map(DueEntry::timer)
                .collect(Collectors.toSet()));
        Map<String, List<DueEntry>> handled = new HashMap<>();
        List<SlaTimer> claimed = new ArrayList<>();
        for (DueDay bucket : buckets) {
            for (DueEntry entry : bucket.entries()) {
                if (scan.givenUp()) {
                    break;
                }
                if (scan.fire(entry, due.get(entry.timer()), day, claimed)) {
                    handled.computeIfAbsent(bucket.id(), id -> new ArrayList<>())
                            .add(entry);
                }
            }
        }
        timers.scheduleNextLevels(claimed);
        timers.done(handled);
    }

    /** What one scan has done so far. */
    private final class Scan {
        private int fired;
        private int failuresInARow;
        private LocalDate firstFailedDay;

        /** @return whether the entry is done with: fired, or nothing left to do */
        boolean fire(DueEntry entry, SlaTimer timer, LocalDate day, List<SlaTimer> claimed) {
            try {
                fired += SlaScanner.this.fire(entry, timer, claimed) ? 1 : 0;
                failuresInARow = 0;
                return true;
            } catch (RuntimeException e) {
                log.warn(
                        "Escalation of timer {} level {} not published; the next scan tries again: {}",
                        entry.timer(),
                        entry.level(),
                        e.toString());
                metrics.unpublished();
                failuresInARow++;
                if (firstFailedDay == null) {
                    firstFailedDay = day;
                }
                return false;
            }
        }

        /** A few refusals in a row: the broker is down, and waiting for each of the rest would only stall. */
        boolean givenUp() {
            return failuresInARow >= FAILURES_BEFORE_GIVING_UP;
        }
    }

    private boolean fire(DueEntry entry, SlaTimer timer, List<SlaTimer> claimed) {
        if (timer == null) {
            return false;
        }
        publishLeftovers(timer);
        if (!timer.armed() || timer.generation() != entry.generation()) {
            return false;
        }
        WegwijsEvent event = timer.kind() == TimerKind.REFERRAL
                ? stalled(timer, entry.level(), backlog.open(timer.partner()))
                : overdue(timer);
        Optional<SlaTimer> claim = timers.claim(timer, entry, PendingEvent.of(Topics.ESCALATIONS, event));
        if (claim.isEmpty()) {
            // Claimed before: by another scanner (which may yet fail to publish) or by a scan that stopped.
            timers.find(entry.timer()).ifPresent(this::publishLeftovers);
            timers.rescheduleNextLevel(entry);
            return false;
        }
        if (timer.kind() == TimerKind.REFERRAL) {
            metrics.breached(timer.partner(), timer.phase(), entry.level());
        }
        gauges.fired(timer, entry.level());
        log.debug("Timer {} fired level {}", timer.id(), entry.level());
        claimed.add(claim.get());
        sent(relay.publish(claim.get().id(), claim.get().pendingEvents()));
        return true;
    }

    /** Escalations a claim stored and nobody has published yet; consumers drop a second copy by event id. */
    private void publishLeftovers(SlaTimer timer) {
        if (!timer.pendingEvents().isEmpty()) {
            sent(relay.publish(timer.id(), timer.pendingEvents()));
        }
    }

    /** The scan waits for each escalation, so a refusal holds the cursor at its day. */
    private static void sent(CompletableFuture<Boolean> published) {
        if (!published.join()) {
            throw new IllegalStateException("The broker refused the escalation");
        }
    }

    private ReferralStalled stalled(SlaTimer timer, int level, int openBacklog) {
        return new ReferralStalled(
                UUID.randomUUID(),
                time.now(),
                directory.municipality().code(),
                timer.referralId(),
                timer.newcomerId(),
                PartnerCode.of(timer.partner()),
                timer.phase(),
                level,
                time.endOf(timer.deadline()),
                time.workingDaysOverdue(timer.deadline()),
                openBacklog);
    }

    private FollowUpOverdue overdue(SlaTimer timer) {
        LocalDate dueDate = timer.followUpDue();
        return new FollowUpOverdue(
                UUID.randomUUID(),
                time.now(),
                directory.municipality().code(),
                timer.newcomerId(),
                timer.number(),
                dueDate,
                time.workingDaysOverdue(dueDate));
    }
}
