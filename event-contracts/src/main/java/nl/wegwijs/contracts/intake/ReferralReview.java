package nl.wegwijs.contracts.intake;

import java.util.UUID;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.Require;

/** What the newcomer told the officer about one open referral during a follow-up conversation. */
public record ReferralReview(UUID referralId, PartnerCode partner, PickUp pickUp) {

    public enum PickUp {
        PICKED_UP,
        NOT_YET,
        NO_LONGER_NEEDED
    }

    public ReferralReview {
        Require.present(referralId, "referralId");
        Require.present(partner, "partner");
        Require.present(pickUp, "pickUp");
    }
}
