package nl.wegwijs.referral.referrals;

import java.time.Instant;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.referral.lifecycle.Action;

/** A partner response that was recorded but not applied, and why. */
public record Refusal(String responseId, Action action, ReferralStatus status, Instant at, String actor, String why) {}
