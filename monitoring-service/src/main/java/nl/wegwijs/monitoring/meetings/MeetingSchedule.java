package nl.wegwijs.monitoring.meetings;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import nl.wegwijs.monitoring.calendar.WorkingTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The regie-overleg's dates: every {@code interval} (six weeks by default) from {@code first-meeting}, in both
 * directions. The meeting is the first of those dates on or after today; what is agreed until then belongs to it.
 */
@Component
public class MeetingSchedule {

    private final LocalDate anchor;
    private final long intervalDays;
    private final WorkingTime time;

    MeetingSchedule(
            @Value("${wegwijs.regie-overleg.first-meeting:2026-01-13}") LocalDate anchor,
            @Value("${wegwijs.regie-overleg.interval:P6W}") Period interval,
            WorkingTime time) {
        if (interval.getYears() != 0 || interval.getMonths() != 0 || interval.getDays() < 1) {
            throw new IllegalArgumentException(
                    "wegwijs.regie-overleg.interval must be a number of weeks or days, such as P6W, not " + interval);
        }
        this.anchor = anchor;
        this.intervalDays = interval.getDays();
        this.time = time;
    }

    /** The next meeting, today if one is held today. */
    public LocalDate current() {
        long since = ChronoUnit.DAYS.between(anchor, time.today());
        return anchor.plusDays(-Math.floorDiv(-since, intervalDays) * intervalDays);
    }

    public LocalDate previous() {
        return current().minusDays(intervalDays);
    }
}
