package nl.wegwijs.intake.statuses;

import java.time.Instant;
import nl.wegwijs.contracts.DeclineReason;
import nl.wegwijs.contracts.ReferralStatus;

/** A referral's status in the referral service as last heard, with when it changed and why, where it says. */
public record LiveStatus(ReferralStatus status, Instant since, String reason, DeclineReason reasonCode) {}
