package nl.wegwijs.monitoring.sla;

import java.util.List;
import nl.wegwijs.contracts.directory.PartnerDirectory;
import nl.wegwijs.contracts.intake.FollowUpHeld;
import nl.wegwijs.contracts.intake.FollowUpScheduled;
import nl.wegwijs.contracts.intake.NewcomerErased;
import nl.wegwijs.monitoring.calendar.WorkingTime;
import nl.wegwijs.monitoring.metrics.ReferralGauges;
import org.springframework.stereotype.Component;

/**
 * A follow-up conversation's timer: armed at the due date plus the municipality's grace working days, disarmed when
 * it is held. The event time is the generation, so a repeated or late {@code FollowUpScheduled} cannot re-arm a
 * conversation already held.
 */
@Component
public class FollowUpTimers {

    private final TimerStore timers;
    private final PartnerDirectory directory;
    private final WorkingTime time;
    private final ReferralGauges gauges;

    FollowUpTimers(TimerStore timers, PartnerDirectory directory, WorkingTime time, ReferralGauges gauges) {
        this.timers = timers;
        this.gauges = gauges;
        this.directory = directory;
        this.time = time;
    }

    public void scheduled(FollowUpScheduled event) {
        timers.arm(timer(event)).ifPresent(this::stallEnded);
    }

    /** Follow-ups scheduled together, as an intake schedules them: those never armed before in one write. */
    public void scheduledAll(List<FollowUpScheduled> events) {
        timers.armNew(events.stream().map(this::timer).toList())
                .forEach(existing -> timers.arm(existing).ifPresent(this::stallEnded));
    }

    private SlaTimer timer(FollowUpScheduled event) {
        int grace = directory.municipality().followUps().graceWorkingDays();
        return SlaTimer.forFollowUp(
                event.newcomerId(),
                event.number(),
                event.dueDate(),
                event.occurredAt().toEpochMilli(),
                time.plusWorkingDays(event.dueDate(), grace));
    }

    public void held(FollowUpHeld event) {
        timers.disarm(
                        SlaTimer.followUpId(event.newcomerId(), event.number()),
                        event.occurredAt().toEpochMilli())
                .ifPresent(this::stallEnded);
    }

    /** No conversation will be held with an erased newcomer: every follow-up timer of theirs is disarmed. */
    public void erased(NewcomerErased event) {
        for (int number = 1; number <= FollowUpScheduled.MAX_NUMBER; number++) {
            timers.disarm(
                            SlaTimer.followUpId(event.newcomerId(), number),
                            event.occurredAt().toEpochMilli())
                    .ifPresent(this::stallEnded);
        }
    }

    private void stallEnded(SlaTimer previous) {
        if (previous.armed() && previous.stalledLevel() > 0) {
            gauges.stallEnded(TimerKind.FOLLOW_UP, null, previous.phase(), previous.stalledLevel(), previous.number());
        }
    }
}
