package nl.wegwijs.contracts.intake;

import java.time.Instant;
import java.util.UUID;
import nl.wegwijs.contracts.NewcomerEvent;
import nl.wegwijs.contracts.Require;

/** A referral decided after the intake conversation. */
public record ReferralAdded(
        UUID eventId, Instant occurredAt, String municipality, UUID newcomerId, ReferralDecision referral)
        implements NewcomerEvent {

    public ReferralAdded {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.text(municipality, "municipality");
        Require.present(newcomerId, "newcomerId");
        Require.present(referral, "referral");
    }
}
