package nl.wegwijs.referral.referrals;

import java.util.UUID;
import nl.wegwijs.support.problem.CodedException;

/** No such referral, or none the caller may see: the answer is the same, so it gives nothing away. */
public class ReferralNotFound extends CodedException {

    public ReferralNotFound(UUID id) {
        super("referral.not-found", id);
    }
}
