package nl.wegwijs.monitoring.sla;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.WegwijsEvent;
import nl.wegwijs.contracts.directory.PartnerDirectory;
import nl.wegwijs.contracts.monitoring.FollowUpOverdue;
import nl.wegwijs.contracts.monitoring.ReferralStalled;
import nl.wegwijs.monitoring.calendar.WorkingTime;
import nl.wegwijs.monitoring.metrics.SlaMetrics;
import nl.wegwijs.monitoring.outbox.OutboxRelay;
import nl.wegwijs.monitoring.outbox.PendingEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Fires what fell due: reads the day buckets from the cursor up to today, claims each due level atomically and
 * leaves its escalation in the timer's outbox. Its cost is the days since the last scan plus the due levels.
 *
 * <p>A bucket's entries are removed only after every escalation they fired was published: if the broker refuses one,
 * the scan stops, the cursor stays, and the next scan meets the same entries, finds their timers' events still
 * pending and publishes them. So the buckets are the outbox's to-do list and no sweep over all timers is needed.
 */
@Component
public class SlaScanner {

    private static final Logger log = LoggerFactory.getLogger(SlaScanner.class);

    private final TimerStore timers;
    private final WorkingTime time;
    private final OpenBacklog backlog;
    private final PartnerDirectory directory;
    private final OutboxRelay relay;
    private final SlaMetrics metrics;

    SlaScanner(
            TimerStore timers,
            WorkingTime time,
            OpenBacklog backlog,
            PartnerDirectory directory,
            OutboxRelay relay,
            SlaMetrics metrics) {
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
        Map<String, Integer> backlogs = new HashMap<>();
        int fired = 0;
        for (LocalDate day = from; !day.isAfter(today); day = day.plusDays(1)) {
            for (DueDay bucket : timers.dueOn(day)) {
                List<DueEntry> due = bucket.entries();
                for (DueEntry entry : due) {
                    fired += fire(entry, backlogs) ? 1 : 0;
                }
                timers.done(bucket.id(), due);
            }
        }
        timers.advanceCursor(from, today);
        if (fired > 0) {
            log.info("SLA scan fired {} escalation level(s)", fired);
        }
        return fired;
    }

    private boolean fire(DueEntry entry, Map<String, Integer> backlogs) {
        SlaTimer timer = timers.find(entry.timer()).orElse(null);
        if (timer != null && !timer.pendingEvents().isEmpty()) {
            // Claimed by a scan that stopped before the broker acknowledged: its entry is still here (ADR 8).
            relay.publish(timer.id(), timer.pendingEvents());
        }
        if (timer == null || !timer.armed() || timer.generation() != entry.generation()) {
            return false;
        }
        WegwijsEvent event = timer.kind() == TimerKind.REFERRAL
                ? stalled(timer, entry.level(), backlogs.computeIfAbsent(timer.partner(), backlog::open))
                : overdue(timer);
        Optional<SlaTimer> claimed = timers.claim(timer, entry, PendingEvent.of(event));
        if (claimed.isEmpty()) {
            timers.rescheduleNextLevel(entry);
            return false;
        }
        if (timer.kind() == TimerKind.REFERRAL) {
            metrics.breached(timer.partner(), timer.phase(), entry.level());
        }
        log.debug("Timer {} fired level {}", timer.id(), entry.level());
        relay.publish(claimed.get().id(), claimed.get().pendingEvents());
        return true;
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
