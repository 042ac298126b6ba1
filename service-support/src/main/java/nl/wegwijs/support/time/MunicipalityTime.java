package nl.wegwijs.support.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The municipality's wall clock: deadlines, "today" and the dates in a mail are those of its time zone
 * ({@code wegwijs.time.zone}, Europe/Amsterdam by default), whatever zone the machine runs in.
 */
public class MunicipalityTime {

    private final Clock clock;
    private final ZoneId zone;

    public MunicipalityTime(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    public Instant now() {
        return clock.instant();
    }

    /** The municipality's date at this moment. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    public ZoneId zone() {
        return zone;
    }

    public Clock clock() {
        return clock;
    }
}
