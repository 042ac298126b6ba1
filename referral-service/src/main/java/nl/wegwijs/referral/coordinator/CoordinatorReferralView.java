package nl.wegwijs.referral.coordinator;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.wegwijs.contracts.LifeDomain;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.ReferralFailureReason;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.contracts.Urgency;
import nl.wegwijs.referral.lifecycle.Action;
import nl.wegwijs.referral.referrals.Referral;
import nl.wegwijs.referral.referrals.Refusal;
import nl.wegwijs.referral.referrals.TimelineEntry;

/**
 * A referral as the municipality sees it: where it stands and its full timeline, without the profile.
 *
 * @param failureReason why the referral was never issued to its partner; null for one the partner received
 */
record CoordinatorReferralView(
        UUID referralId,
        UUID newcomerId,
        PartnerCode partner,
        ReferralStatus status,
        ReferralFailureReason failureReason,
        Urgency urgency,
        List<LifeDomain> lifeDomains,
        long sequence,
        Instant requestedAt,
        Instant updatedAt,
        List<Action> allowedActions,
        List<TimelineEntry> timeline,
        List<Refusal> refusedResponses) {

    static CoordinatorReferralView of(Referral referral) {
        return new CoordinatorReferralView(
                referral.id(),
                referral.newcomerId(),
                referral.partnerCode(),
                referral.status(),
                referral.failureReason(),
                referral.urgency(),
                referral.lifeDomains(),
                referral.sequence(),
                referral.requestedAt(),
                referral.updatedAt(),
                referral.allowedActions().stream().sorted().toList(),
                referral.timeline(),
                referral.refusals());
    }
}
