package nl.wegwijs.contracts.intake;

import java.time.Instant;
import java.util.UUID;
import nl.wegwijs.contracts.NewcomerEvent;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.Require;

/** The officer withdrew a referral. Keyed by the newcomer, so it stays behind the event that created it. */
public record ReferralCancelled(
        UUID eventId,
        Instant occurredAt,
        String municipality,
        UUID newcomerId,
        UUID referralId,
        PartnerCode partner,
        String reason)
        implements NewcomerEvent {

    public ReferralCancelled {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.text(municipality, "municipality");
        Require.present(newcomerId, "newcomerId");
        Require.present(referralId, "referralId");
        Require.present(partner, "partner");
        Require.text(reason, "reason");
    }
}
