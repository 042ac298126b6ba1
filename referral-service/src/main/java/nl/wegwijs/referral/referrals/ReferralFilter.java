package nl.wegwijs.referral.referrals;

import java.util.UUID;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.ReferralStatus;

/** Which referrals to list; a null part matches all. */
public record ReferralFilter(UUID newcomerId, PartnerCode partner, ReferralStatus status) {}
