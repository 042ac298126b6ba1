package nl.wegwijs.monitoring.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/** Dutch working days: weekends and the national holidays are not counted. */
public final class DutchCalendar {

    private final LiberationDay liberationDay;
    private final Map<Integer, Set<LocalDate>> holidaysByYear = new ConcurrentHashMap<>();

    public DutchCalendar(LiberationDay liberationDay) {
        this.liberationDay = liberationDay;
    }

    /** The national holidays of a year that fall on any day of the week, in date order. */
    public Set<LocalDate> holidays(int year) {
        return holidaysByYear.computeIfAbsent(year, this::computeHolidays);
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY
                && day != DayOfWeek.SUNDAY
                && !holidays(date.getYear()).contains(date);
    }

    /** The n-th working day after {@code date} (the date itself does not count); n = 0 gives the date itself. */
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative, was " + n);
        }
        LocalDate day = date;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not after {@code from}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private Set<LocalDate> computeHolidays(int year) {
        LocalDate easter = easterSunday(year);
        LocalDate kingsDay = LocalDate.of(year, Month.APRIL, 27);
        if (kingsDay.getDayOfWeek() == DayOfWeek.SUNDAY) {
            kingsDay = kingsDay.minusDays(1);
        }
        Set<LocalDate> days = new TreeSet<>(Set.of(
                LocalDate.of(year, Month.JANUARY, 1),
                easter.minusDays(2),
                easter.plusDays(1),
                kingsDay,
                easter.plusDays(39),
                easter.plusDays(50),
                LocalDate.of(year, Month.DECEMBER, 25),
                LocalDate.of(year, Month.DECEMBER, 26)));
        if (liberationDay.isDayOff(year)) {
            days.add(LocalDate.of(year, Month.MAY, 5));
        }
        return Collections.unmodifiableSet(days);
    }

    /** Easter Sunday by the anonymous Gregorian computus (Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
