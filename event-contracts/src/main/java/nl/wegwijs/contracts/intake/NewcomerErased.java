package nl.wegwijs.contracts.intake;

import java.time.Instant;
import java.util.UUID;
import nl.wegwijs.contracts.NewcomerEvent;
import nl.wegwijs.contracts.Require;

/** The newcomer asked to be forgotten: every service removes their personal data. */
public record NewcomerErased(UUID eventId, Instant occurredAt, String municipality, UUID newcomerId)
        implements NewcomerEvent {

    public NewcomerErased {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.text(municipality, "municipality");
        Require.present(newcomerId, "newcomerId");
    }
}
