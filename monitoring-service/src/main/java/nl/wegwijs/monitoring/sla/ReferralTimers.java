package nl.wegwijs.monitoring.sla;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import nl.wegwijs.contracts.SlaPhase;
import nl.wegwijs.contracts.directory.Partner;
import nl.wegwijs.contracts.directory.PartnerDirectory;
import nl.wegwijs.contracts.directory.SlaPolicy;
import nl.wegwijs.monitoring.calendar.WorkingTime;
import nl.wegwijs.monitoring.metrics.ReferralGauges;
import nl.wegwijs.monitoring.timeline.StatusChange;
import nl.wegwijs.monitoring.timeline.Timeline;
import nl.wegwijs.monitoring.timeline.TransitionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Arms the timer of the phase a transition starts, with the partner's policy, in the same write as the transition;
 * any other transition disarms it. The new phase's bucket entry is written only where no entry of the timer waits on
 * an earlier day: a referral received before its acknowledgement was due keeps that entry, which the scan moves
 * forward to the pick-up's day (ADR 33).
 */
@Component
class ReferralTimers implements TransitionListener {

    /** ReferralStalled knows levels 1 to 3; a longer ladder in the directory stops at 3. */
    private static final int MAX_LEVELS = 3;

    private static final Logger log = LoggerFactory.getLogger(ReferralTimers.class);

    private final TimerStore timers;
    private final PartnerDirectory directory;
    private final WorkingTime time;
    private final ReferralGauges gauges;

    ReferralTimers(TimerStore timers, PartnerDirectory directory, WorkingTime time, ReferralGauges gauges) {
        this.timers = timers;
        this.gauges = gauges;
        this.directory = directory;
        this.time = time;
    }

    @Override
    public Consumer<Timeline> write(Timeline timeline, StatusChange change, Update update) {
        String id = timeline.referralId().toString();
        Optional<SlaPhase> phase = Phases.startedBy(change.to());
        Optional<Partner> partner = directory.partner(timeline.partner());
        if (phase.isEmpty() && change.from() == null) {
            return written -> {}; // a referral that failed before it was issued: no phase ever ran, no timer to write
        }
        if (phase.isEmpty() || partner.isEmpty()) {
            if (phase.isPresent()) {
                log.warn("Referral {}: partner {} is not in the directory, no SLA timer", id, timeline.partner());
            }
            TimerStore.disarming(change.sequence(), update);
            return this::stallEnded;
        }
        SlaPolicy policy = partner.get().sla();
        LocalDate deadline = deadline(phase.get(), policy, timeline, change);
        List<Integer> offsets = policy.escalationOffsets().subList(0, Math.min(MAX_LEVELS, policy.levels()));
        SlaTimer timer = SlaTimer.forReferral(
                timeline.referralId(),
                timeline.newcomerId(),
                timeline.partner().value(),
                phase.get(),
                change.sequence(),
                deadline,
                offsets);
        LocalDate bucket = timers.arming(timer, update);
        return written -> {
            if (!written.hasEntryBefore(bucket)) {
                timers.schedule(bucket, new DueEntry(id, 1, change.sequence()));
            }
            stallEnded(written);
        };
    }

    /** The write re-armed or disarmed the timer, so the stall it was in (as the document was read) is over. */
    private void stallEnded(Timeline written) {
        if (written.stalledLevelAsRead() > 0) {
            gauges.stallEnded(
                    TimerKind.REFERRAL,
                    written.partner().value(),
                    written.phaseAsRead(),
                    written.stalledLevelAsRead(),
                    0);
        }
    }

    /** A crash between the document's write and its bucket entry: the redelivered event writes the entry again. */
    @Override
    public void redelivered(Timeline timeline, StatusChange latest) {
        if (Phases.startedBy(latest.to()).isPresent()) {
            timers.rescheduleArmed(timeline.referralId().toString(), latest.sequence());
        }
    }

    private LocalDate deadline(SlaPhase phase, SlaPolicy policy, Timeline timeline, StatusChange change) {
        return PhaseDeadline.of(phase, policy, timeline.urgency(), change, time);
    }
}
