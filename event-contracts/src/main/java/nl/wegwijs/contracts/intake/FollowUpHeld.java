package nl.wegwijs.contracts.intake;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.wegwijs.contracts.NewcomerEvent;
import nl.wegwijs.contracts.Require;

/**
 * A follow-up conversation took place: the outcome per pillar and what became of each open referral. The officer's
 * notes stay in the intake service: no consumer needs them (docs/adr/0025-crypto-shredding.md).
 */
public record FollowUpHeld(
        UUID eventId,
        Instant occurredAt,
        String municipality,
        UUID newcomerId,
        @JsonProperty(required = true) int number,
        LocalDate heldOn,
        PillarOutcomes pillars,
        List<ReferralReview> referralReviews)
        implements NewcomerEvent {

    public FollowUpHeld {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.text(municipality, "municipality");
        Require.present(newcomerId, "newcomerId");
        Require.between(number, 1, 3, "number");
        Require.present(heldOn, "heldOn");
        Require.present(pillars, "pillars");
        referralReviews = Require.listOf(referralReviews);
    }
}
