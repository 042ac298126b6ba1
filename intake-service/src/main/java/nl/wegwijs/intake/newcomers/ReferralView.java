package nl.wegwijs.intake.newcomers;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.wegwijs.contracts.DeclineReason;
import nl.wegwijs.contracts.LifeDomain;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.contracts.Urgency;
import nl.wegwijs.intake.statuses.LiveStatus;

/** A referral in the newcomer view: the officer's decision and its one status, as the referral service tells it. */
record ReferralView(
        UUID referralId,
        PartnerCode partner,
        List<LifeDomain> lifeDomains,
        String reason,
        Urgency urgency,
        Instant decidedAt,

        @Schema(
                description = "the lifecycle status in the referral service; REQUESTED until its first status"
                        + " arrives, CANCELLED at once when cancelled here")
        ReferralStatus status,

        Instant statusChangedAt,

        @Schema(description = "why, where the status change says: a cancel, decline or fail reason")
        String statusReason,

        DeclineReason statusReasonCode) {

    /** @param live the referral service's status, or null when none has arrived yet */
    static ReferralView of(Referral r, LiveStatus live) {
        if (live != null && (r.active() || live.status().isTerminal())) {
            return view(r, live.status(), live.since(), live.reason(), live.reasonCode());
        }
        if (!r.active()) {
            // Cancelled here; the referral service's CANCELLED follows, unless the referral had ended there already.
            return view(r, ReferralStatus.CANCELLED, r.cancelledAt(), r.cancelReason(), null);
        }
        return view(r, ReferralStatus.REQUESTED, r.decidedAt(), null, null);
    }

    private static ReferralView view(Referral r, ReferralStatus status, Instant since, String why, DeclineReason code) {
        return new ReferralView(
                r.referralId(),
                r.partner(),
                r.lifeDomains(),
                r.reason(),
                r.urgency(),
                r.decidedAt(),
                status,
                since,
                why,
                code);
    }
}
