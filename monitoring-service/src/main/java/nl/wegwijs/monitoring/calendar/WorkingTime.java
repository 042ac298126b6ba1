package nl.wegwijs.monitoring.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Working days on the municipality's wall clock. A deadline is the end of a working day: the instant the next day
 * starts in the municipality's time zone.
 */
public final class WorkingTime {

    private final DutchCalendar calendar;
    private final ZoneId zone;
    private final Clock clock;

    public WorkingTime(DutchCalendar calendar, ZoneId zone, Clock clock) {
        this.calendar = calendar;
        this.zone = zone;
        this.clock = clock;
    }

    public DutchCalendar calendar() {
        return calendar;
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    public LocalDate dateOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /** The last day of a period of n working days that starts after the given instant's day. */
    public LocalDate lastWorkingDay(Instant start, int workingDays) {
        return calendar.plusWorkingDays(dateOf(start), workingDays);
    }

    public LocalDate plusWorkingDays(LocalDate day, int workingDays) {
        return calendar.plusWorkingDays(day, workingDays);
    }

    /** The instant a day ends: the next day's start in the municipality's zone. */
    public Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Whole working days that ended after the given day, up to now. */
    public int workingDaysOverdue(LocalDate deadline) {
        return calendar.workingDaysBetween(deadline, today().minusDays(1));
    }

    public int workingDaysBetween(Instant from, Instant to) {
        return calendar.workingDaysBetween(dateOf(from), dateOf(to));
    }
}
