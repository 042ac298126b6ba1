package nl.wegwijs.monitoring.reports;

/**
 * One partner's line: of the referrals requested in the window, how many reached each status; what is stalled now,
 * by level; and working days to acknowledge and to pick up (median and 90th percentile, nearest rank).
 */
public record PartnerRow(
        String partner,
        int referred,
        int received,
        int accepted,
        int waitlisted,
        int rejected,
        int inProgress,
        int completed,
        int cancelled,
        int failed,
        int stalledLevel1,
        int stalledLevel2,
        int stalledLevel3,
        Integer acknowledgeMedianWorkingDays,
        Integer acknowledgeP90WorkingDays,
        Integer pickUpMedianWorkingDays,
        Integer pickUpP90WorkingDays) {

    static final String CSV_HEADER = "partner,referred,received,accepted,waitlisted,rejected,inProgress,completed,"
            + "cancelled,failed,stalledLevel1,stalledLevel2,stalledLevel3,acknowledgeMedianWorkingDays,"
            + "acknowledgeP90WorkingDays,pickUpMedianWorkingDays,pickUpP90WorkingDays";

    String csv() {
        return String.join(
                ",",
                partner,
                String.valueOf(referred),
                String.valueOf(received),
                String.valueOf(accepted),
                String.valueOf(waitlisted),
                String.valueOf(rejected),
                String.valueOf(inProgress),
                String.valueOf(completed),
                String.valueOf(cancelled),
                String.valueOf(failed),
                String.valueOf(stalledLevel1),
                String.valueOf(stalledLevel2),
                String.valueOf(stalledLevel3),
                orEmpty(acknowledgeMedianWorkingDays),
                orEmpty(acknowledgeP90WorkingDays),
                orEmpty(pickUpMedianWorkingDays),
                orEmpty(pickUpP90WorkingDays));
    }

    private static String orEmpty(Integer value) {
        return value == null ? "" : value.toString();
    }
}
