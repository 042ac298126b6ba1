package nl.wegwijs.monitoring.reports;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.UUID;
import nl.wegwijs.contracts.ReferralStatus;

/**
 * When one referral's newcomer may expect the partner to get in touch, from that partner's pick-ups of the last six
 * months. Without enough history the figures are null and the expectation falls back on the partner's SLA.
 */
public record ContactExpectation(
        UUID referralId,
        String partner,
        ReferralStatus status,

        @Schema(description = "pick-ups of this partner in the last six months that the figures rest on")
        int pickUpsInHistory,

        boolean enoughHistory,
        Integer pickUpMedianWorkingDays,
        Integer pickUpP90WorkingDays,

        @Schema(description = "the partner's referrals on its waiting list now")
        int waitlistedNow,

        @Schema(description = "the start the partner gave when it waitlisted this referral")
        LocalDate expectedStart,

        @Schema(description = "receipt plus the median; null once picked up or without enough history")
        LocalDate expectedContactFrom,

        @Schema(
                description = "receipt plus the 90th percentile, or the SLA pick-up deadline without enough"
                        + " history; without contact by then the newcomer asks the municipality")
        LocalDate expectedContactBy) {}
