package nl.wegwijs.intake.cards;

import java.time.LocalDate;
import java.util.UUID;
import nl.wegwijs.contracts.ReferralStatus;

/** The monitoring service's expected contact for one referral (its {@code /api/reports/contact-expectations}). */
record ContactExpectation(
        UUID referralId,
        String partner,
        ReferralStatus status,
        int pickUpsInHistory,
        boolean enoughHistory,
        Integer pickUpMedianWorkingDays,
        Integer pickUpP90WorkingDays,
        int waitlistedNow,
        LocalDate expectedStart,
        LocalDate expectedContactFrom,
        LocalDate expectedContactBy) {}
