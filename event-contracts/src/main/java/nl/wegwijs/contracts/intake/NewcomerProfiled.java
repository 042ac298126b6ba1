package nl.wegwijs.contracts.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.wegwijs.contracts.NewcomerEvent;
import nl.wegwijs.contracts.Require;

/** The intake conversation was recorded: the complete profile and the referrals the officer decided. */
public record NewcomerProfiled(
        UUID eventId,
        Instant occurredAt,
        String municipality,
        UUID newcomerId,
        NewcomerProfile profile,
        List<ReferralDecision> referrals)
        implements NewcomerEvent {

    public NewcomerProfiled {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.text(municipality, "municipality");
        Require.present(newcomerId, "newcomerId");
        Require.present(profile, "profile");
        referrals = Require.listOf(referrals);
    }
}
