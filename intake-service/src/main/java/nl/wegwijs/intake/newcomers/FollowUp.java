package nl.wegwijs.intake.newcomers;

import java.time.LocalDate;
import java.util.List;
import nl.wegwijs.contracts.intake.PillarOutcomes;
import nl.wegwijs.contracts.intake.ReferralReview;

/** A follow-up conversation: due on a date, and once held, its outcome. */
public record FollowUp(
        int number,
        LocalDate dueDate,
        LocalDate heldOn,
        PillarOutcomes pillars,
        List<ReferralReview> referralReviews,
        String notes) {

    static FollowUp due(int number, LocalDate dueDate) {
        return new FollowUp(number, dueDate, null, null, List.of(), null);
    }

    public boolean held() {
        return heldOn != null;
    }

    public FollowUp heldOn(LocalDate date, PillarOutcomes outcomes, List<ReferralReview> reviews, String notes) {
        return new FollowUp(number, dueDate, date, outcomes, reviews, notes);
    }

    FollowUp rescheduled(LocalDate newDueDate) {
        return new FollowUp(number, newDueDate, heldOn, pillars, referralReviews, notes);
    }
}
