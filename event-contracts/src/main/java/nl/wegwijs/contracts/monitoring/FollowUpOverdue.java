package nl.wegwijs.contracts.monitoring;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.wegwijs.contracts.NewcomerEvent;
import nl.wegwijs.contracts.Require;

/** A follow-up conversation was not held within its grace period. */
public record FollowUpOverdue(
        UUID eventId,
        Instant occurredAt,
        String municipality,
        UUID newcomerId,
        @JsonProperty(required = true) int number,
        LocalDate dueDate,
        @JsonProperty(required = true) int overdueWorkingDays)
        implements NewcomerEvent {

    public FollowUpOverdue {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.text(municipality, "municipality");
        Require.present(newcomerId, "newcomerId");
        Require.between(number, 1, 3, "number");
        Require.present(dueDate, "dueDate");
        Require.atLeast(overdueWorkingDays, 0, "overdueWorkingDays");
    }
}
