package nl.wegwijs.platform.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * Dutch working days for placing the replay's events: no weekends, no national holidays. The monitoring service has
 * its own calendar; the platform keeps this small copy rather than reach into a service's code. Liberation Day (5 May)
 * counts as a day off only in a lustrum year, as the monitoring service's default does.
 */
final class PilotCalendar {

    private static final Set<MonthDay> FIXED = Set.of(MonthDay.of(1, 1), MonthDay.of(12, 25), MonthDay.of(12, 26));

    private PilotCalendar() {}

    static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !isHoliday(day);
    }

    /** The day itself if it is a working day, otherwise the next one. */
    static LocalDate onOrAfter(LocalDate day) {
        LocalDate result = day;
        while (!isWorkingDay(result)) {
            result = result.plusDays(1);
        }
        return result;
    }

    static boolean isHoliday(LocalDate day) {
        int year = day.getYear();
        LocalDate easter = easterSunday(year);
        LocalDate kingsDay = LocalDate.of(year, 4, 27);
        if (kingsDay.getDayOfWeek() == DayOfWeek.SUNDAY) {
            kingsDay = kingsDay.minusDays(1);
        }
        return FIXED.contains(MonthDay.from(day))
                || day.equals(kingsDay)
                || (year % 5 == 0 && day.equals(LocalDate.of(year, 5, 5)))
                || day.equals(easter.minusDays(2))
                || day.equals(easter.plusDays(1))
                || day.equals(easter.plusDays(39))
                || day.equals(easter.plusDays(50));
    }

    /** Easter Sunday by the anonymous Gregorian computus. */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int h = (19 * a + b - b / 4 - (b - (b + 8) / 25 + 1) / 3 + 15) % 30;
        int l = (32 + 2 * (b % 4) + 2 * (c / 4) - h - c % 4) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
