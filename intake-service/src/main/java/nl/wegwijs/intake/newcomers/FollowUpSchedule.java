package nl.wegwijs.intake.newcomers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.wegwijs.contracts.directory.FollowUpPolicy;

/**
 * When the follow-up conversations fall due: the policy's months after the intake date. A day that does not exist
 * in the target month becomes that month's last day (31 August + 6 months is 28 or 29 February).
 */
public final class FollowUpSchedule {

    private FollowUpSchedule() {}

    public static List<FollowUp> forIntake(LocalDate intakeDate, FollowUpPolicy policy) {
        List<FollowUp> followUps = new ArrayList<>();
        List<Integer> months = policy.monthsAfterIntake();
        for (int i = 0; i < months.size(); i++) {
            followUps.add(FollowUp.due(i + 1, intakeDate.plusMonths(months.get(i))));
        }
        return followUps;
    }
}
