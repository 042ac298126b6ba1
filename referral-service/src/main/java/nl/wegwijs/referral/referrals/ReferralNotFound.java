package nl.wegwijs.referral.referrals;

import java.util.UUID;

/** No such referral, or none the caller may see: the answer is the same, so it gives nothing away. */
public class ReferralNotFound extends RuntimeException {

    public ReferralNotFound(UUID id) {
        super("No referral " + id + ".");
    }
}
