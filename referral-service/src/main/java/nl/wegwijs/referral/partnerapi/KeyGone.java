package nl.wegwijs.referral.partnerapi;

import java.util.UUID;
import nl.wegwijs.support.problem.CodedException;

/** The referral is closed, withdrawn or its newcomer erased: its key is no longer given. Answered with 410. */
public class KeyGone extends CodedException {

    KeyGone(UUID referralId) {
        super("referral.key-gone", referralId);
    }
}
