package nl.wegwijs.monitoring.reports;

import java.time.LocalDate;

/**
 * At the end of {@code date}: referrals open (requested, not yet completed, rejected, cancelled or failed) and, of
 * those, stalled (the deadline of the phase they were in had passed).
 */
public record OverTimePoint(LocalDate date, int open, int stalled) {

    static final String CSV_HEADER = "date,open,stalled";

    String csv() {
        return date + "," + open + "," + stalled;
    }
}
