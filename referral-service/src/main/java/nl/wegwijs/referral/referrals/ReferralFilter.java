package nl.wegwijs.referral.referrals;

import java.util.UUID;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.ReferralStatus;

/**
 * Which referrals to list; a null part matches all.
 *
 * @param issuedOnly leaves out referrals that failed before they were issued (a partner never received them)
 */
public record ReferralFilter(UUID newcomerId, PartnerCode partner, ReferralStatus status, boolean issuedOnly) {

    /** What the coordinator sees: every referral, issued or not. */
    public static ReferralFilter all(UUID newcomerId, PartnerCode partner, ReferralStatus status) {
        return new ReferralFilter(newcomerId, partner, status, false);
    }

    /** What one partner sees: the referrals it received. */
    public static ReferralFilter received(PartnerCode partner, ReferralStatus status) {
        return new ReferralFilter(null, partner, status, true);
    }
}
