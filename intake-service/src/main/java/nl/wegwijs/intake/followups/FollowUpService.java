package nl.wegwijs.intake.followups;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.wegwijs.contracts.intake.ReferralReview;
import nl.wegwijs.intake.newcomers.ConflictException;
import nl.wegwijs.intake.newcomers.FollowUp;
import nl.wegwijs.intake.newcomers.IntakeEvents;
import nl.wegwijs.intake.newcomers.Newcomer;
import nl.wegwijs.intake.newcomers.NewcomerService;
import nl.wegwijs.intake.newcomers.NewcomerStore;
import nl.wegwijs.intake.newcomers.NotFoundException;
import nl.wegwijs.intake.newcomers.Referral;
import nl.wegwijs.support.outbox.OutboxRelay;
import nl.wegwijs.support.problem.FieldProblem;
import nl.wegwijs.support.problem.InvalidInputException;
import org.springframework.stereotype.Service;

/** The follow-up conversations: their schedule and the outcome of each one held. */
@Service
class FollowUpService {

    private final NewcomerService newcomers;
    private final NewcomerStore store;
    private final IntakeEvents events;
    private final OutboxRelay relay;

    FollowUpService(NewcomerService newcomers, NewcomerStore store, IntakeEvents events, OutboxRelay relay) {
        this.newcomers = newcomers;
        this.store = store;
        this.events = events;
        this.relay = relay;
    }

    List<FollowUp> of(UUID newcomerId) {
        return newcomers.readable(newcomerId).newcomer().followUps();
    }

    FollowUp recordHeld(UUID newcomerId, int number, FollowUpRequest request) {
        NewcomerStore.Stored stored = newcomers.readable(newcomerId);
        Newcomer current = stored.newcomer();
        FollowUp followUp =
                current.followUp(number).orElseThrow(() -> new NotFoundException("follow-up.not-found", number));
        if (followUp.held()) {
            throw new ConflictException("number", "follow-up.recorded-already", number);
        }
        List<ReferralReview> reviews = reviews(current, request);
        FollowUp held = followUp.heldOn(request.heldOn(), request.pillars().toOutcomes(), reviews, request.notes());
        Newcomer changed = current.withFollowUps(current.followUps().stream()
                .map(f -> f.number() == number ? held : f)
                .toList());
        relay.publish(
                newcomerId.toString(), store.update(stored, changed, List.of(events.followUpHeld(changed, held))));
        return held;
    }

    /** Every open referral must be reviewed once; the partner is taken from the referral, not from the request. */
    private List<ReferralReview> reviews(Newcomer newcomer, FollowUpRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request.heldOn().isAfter(newcomers.today())) {
            problems.add(new FieldProblem("heldOn", "field.not-in-future"));
        }
        if (request.heldOn().isBefore(newcomer.profile().intakeDate())) {
            problems.add(new FieldProblem("heldOn", "field.not-before-intake"));
        }
        List<ReferralReview> reviews = new ArrayList<>();
        Set<UUID> reviewed = new HashSet<>();
        for (int i = 0; i < request.referralReviews().size(); i++) {
            FollowUpRequest.Review review = request.referralReviews().get(i);
            String field = "referralReviews[" + i + "].referralId";
            Referral referral = newcomer.referral(review.referralId())
                    .filter(Referral::active)
                    .orElse(null);
            if (referral == null) {
                problems.add(new FieldProblem(field, "field.not-an-open-referral"));
            } else if (!reviewed.add(referral.referralId())) {
                problems.add(new FieldProblem(field, "field.reviewed-twice"));
            } else {
                reviews.add(new ReferralReview(referral.referralId(), referral.partner(), review.pickUp()));
            }
        }
        newcomer.activeReferrals().stream()
                .filter(r -> !reviewed.contains(r.referralId()))
                .forEach(r -> problems.add(new FieldProblem(
                        "referralReviews", "field.review-missing", List.of(r.referralId(), r.partner()))));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return reviews;
    }
}
