package nl.wegwijs.contracts;

/** Why a referral the intake decided on could not be issued to its partner; the referral is then FAILED. */
public enum ReferralFailureReason {
    /** The partner is not in the directory. */
    UNKNOWN_PARTNER,
    /** The partner does not take every life domain the referral asks about. */
    DOMAIN_NOT_SERVED,
    /** The partner needs the newcomer's consent, which is not recorded as given, and has no legal basis. */
    NO_CONSENT
}
