package nl.wegwijs.referral.partnerapi;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.contracts.referral.ReferralIssued;
import nl.wegwijs.referral.lifecycle.Action;
import nl.wegwijs.referral.referrals.Referral;

/**
 * A referral as its partner sees it: the minimised ReferralIssued it was sent, its status and what it may do next.
 *
 * @param referral null after the newcomer's erasure
 */
record PartnerReferralView(
        UUID referralId,
        ReferralStatus status,
        long sequence,
        List<String> allowedActions,
        Instant requestedAt,
        Instant updatedAt,
        ReferralIssued referral) {

    static PartnerReferralView of(Referral referral) {
        return new PartnerReferralView(
                referral.id(),
                referral.status(),
                referral.sequence(),
                referral.allowedActions().stream()
                        .filter(Action::isPartnerApiAction)
                        .map(Action::pathName)
                        .toList(),
                referral.requestedAt(),
                referral.updatedAt(),
                referral.partnerView());
    }
}
