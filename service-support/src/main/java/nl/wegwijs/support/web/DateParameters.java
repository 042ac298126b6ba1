package nl.wegwijs.support.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import nl.wegwijs.support.problem.InvalidInputException;

/**
 * Bounds on the dates a client may filter by. A year like +10000 is valid ISO-8601, but it sorts before 2026 as text
 * and would match everything.
 */
public final class DateParameters {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    private DateParameters() {}

    /** @throws InvalidInputException naming {@code field} when the date lies outside the bounds */
    public static LocalDate within(String field, LocalDate date) {
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            throw InvalidInputException.of(field, "field.date-range", EARLIEST, LATEST);
        }
        return date;
    }

    /** @throws InvalidInputException naming {@code field} when the moment lies outside the bounds */
    public static Instant within(String field, Instant instant) {
        if (instant != null
                && (instant.isBefore(EARLIEST.atStartOfDay(ZoneOffset.UTC).toInstant())
                        || !instant.isBefore(
                                LATEST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()))) {
            throw InvalidInputException.of(field, "field.date-range", EARLIEST, LATEST);
        }
        return instant;
    }
}
