package nl.wegwijs.contracts.directory;

import nl.wegwijs.contracts.Require;
import nl.wegwijs.contracts.Urgency;

/** How many Dutch working days a phase may take, normally and for an urgent referral. */
public record PhaseDeadline(int workingDays, int urgentWorkingDays) {

    public PhaseDeadline {
        Require.atLeast(workingDays, 1, "workingDays");
        Require.atLeast(urgentWorkingDays, 1, "urgentWorkingDays");
        if (urgentWorkingDays > workingDays) {
            throw new IllegalArgumentException(
                    "urgentWorkingDays (" + urgentWorkingDays + ") must not exceed workingDays (" + workingDays + ")");
        }
    }

    public int workingDays(Urgency urgency) {
        return urgency == Urgency.URGENT ? urgentWorkingDays : workingDays;
    }
}
