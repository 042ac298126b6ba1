package nl.wegwijs.monitoring.calendar;

/** Whether 5 May is a day off every year or, as for many public employers, only in a lustrum year (2020, 2025). */
public enum LiberationDay {
    EVERY_YEAR,
    LUSTRUM;

    boolean isDayOff(int year) {
        return this == EVERY_YEAR || year % 5 == 0;
    }
}
