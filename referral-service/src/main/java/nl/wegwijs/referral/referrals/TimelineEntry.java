package nl.wegwijs.referral.referrals;

import java.time.Instant;
import java.time.LocalDate;
import nl.wegwijs.contracts.DeclineReason;
import nl.wegwijs.contracts.ReferralStatus;

/** One applied transition: from, to, when, by whom and why. */
public record TimelineEntry(
        long sequence,
        ReferralStatus from,
        ReferralStatus to,
        Instant at,
        String actor,
        DeclineReason reasonCode,
        String reason,
        LocalDate expectedStart) {}
