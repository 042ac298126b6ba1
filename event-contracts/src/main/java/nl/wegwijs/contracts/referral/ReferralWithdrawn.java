package nl.wegwijs.contracts.referral;

import java.time.Instant;
import java.util.UUID;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.ReferralEvent;
import nl.wegwijs.contracts.Require;

/** The municipality cancelled a referral the partner had received: stop working on it. */
public record ReferralWithdrawn(
        UUID eventId, Instant occurredAt, String municipality, UUID referralId, PartnerCode partner, String reason)
        implements ReferralEvent {

    public ReferralWithdrawn {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.text(municipality, "municipality");
        Require.present(referralId, "referralId");
        Require.present(partner, "partner");
        Require.text(reason, "reason");
    }
}
