package nl.wegwijs.monitoring.sla;

import java.time.LocalDate;
import nl.wegwijs.contracts.SlaPhase;
import nl.wegwijs.contracts.Urgency;
import nl.wegwijs.contracts.directory.SlaPolicy;
import nl.wegwijs.monitoring.calendar.WorkingTime;
import nl.wegwijs.monitoring.timeline.StatusChange;

/** The last working day of the phase a change started: the expected start for a waitlist, else the policy's days. */
public final class PhaseDeadline {

    private PhaseDeadline() {}

    public static LocalDate of(
            SlaPhase phase, SlaPolicy policy, Urgency urgency, StatusChange change, WorkingTime time) {
        if (phase == SlaPhase.WAITLIST_REVIEW && change.expectedStart() != null) {
            return change.expectedStart();
        }
        return time.lastWorkingDay(change.at(), policy.workingDays(phase, urgency));
    }
}
