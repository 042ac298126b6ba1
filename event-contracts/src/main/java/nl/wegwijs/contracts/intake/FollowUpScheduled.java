package nl.wegwijs.contracts.intake;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.wegwijs.contracts.NewcomerEvent;
import nl.wegwijs.contracts.Require;

/** A follow-up conversation is due: number 1, 2 and 3 at 6, 18 and 42 months after the intake. */
public record FollowUpScheduled(
        UUID eventId,
        Instant occurredAt,
        String municipality,
        UUID newcomerId,
        @JsonProperty(required = true) int number,
        LocalDate dueDate)
        implements NewcomerEvent {

    /** The conversations at +6, +18 and +42 months. */
    public static final int MAX_NUMBER = 3;

    public FollowUpScheduled {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.text(municipality, "municipality");
        Require.present(newcomerId, "newcomerId");
        Require.between(number, 1, MAX_NUMBER, "number");
        Require.present(dueDate, "dueDate");
    }
}
