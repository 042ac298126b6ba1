package nl.wegwijs.contracts.directory;

import java.util.List;
import nl.wegwijs.contracts.Require;

/** When the follow-up conversations fall due, and how long they may slip before they count as overdue. */
public record FollowUpPolicy(List<Integer> monthsAfterIntake, int graceWorkingDays) {

    public FollowUpPolicy {
        monthsAfterIntake = Require.nonEmpty(monthsAfterIntake, "monthsAfterIntake");
        for (int i = 0; i < monthsAfterIntake.size(); i++) {
            int previous = i == 0 ? 0 : monthsAfterIntake.get(i - 1);
            if (monthsAfterIntake.get(i) <= previous) {
                throw new IllegalArgumentException(
                        "monthsAfterIntake must be positive and increasing, was " + monthsAfterIntake);
            }
        }
        Require.atLeast(graceWorkingDays, 0, "graceWorkingDays");
    }
}
