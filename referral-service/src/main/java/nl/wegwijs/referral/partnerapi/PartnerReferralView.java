package nl.wegwijs.referral.partnerapi;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.contracts.referral.ReferralIssued;
import nl.wegwijs.referral.lifecycle.Action;
import nl.wegwijs.referral.referrals.Referral;

/**
 * A referral as its partner sees it: the minimised ReferralIssued it was sent, its status, what it may do next and
 * its timeline (status changes with the partner's own notes).
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
        ReferralIssued referral,
        List<PartnerTimelineEntry> timeline) {

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
                referral.partnerView(),
                referral.timeline().stream().map(PartnerTimelineEntry::of).toList());
    }
}
