package nl.wegwijs.portal.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the report shows, as the services answer it: the monitoring service's figures and the intake statistics. */
record ReportData(
        LocalDate from, LocalDate to, Intakes intakes, List<PartnerRow> partners, List<OverTimePoint> overTime) {

    record Intakes(
            int intakes,
            Map<String, Integer> intakesByCountryOfOrigin,
            int followUpsHeld,
            int followUpsDue,
            int followUpsOverdue) {}

    record PartnerReport(List<PartnerRow> partners) {}

    record PartnerRow(
            String partner,
            int referred,
            int received,
            int accepted,
            int waitlisted,
            int rejected,
            int stalledLevel1,
            int stalledLevel2,
            int stalledLevel3,
            Integer pickUpMedianWorkingDays,
            Integer pickUpP90WorkingDays) {

        public int stalled() {
            return stalledLevel1 + stalledLevel2 + stalledLevel3;
        }
    }

    record OverTimePoint(LocalDate date, int open, int stalled) {}
}
