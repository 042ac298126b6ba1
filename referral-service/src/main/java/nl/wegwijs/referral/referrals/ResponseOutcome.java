package nl.wegwijs.referral.referrals;

/** What became of a partner response. */
public enum ResponseOutcome {
    APPLIED,
    REFUSED,
    DUPLICATE
}
