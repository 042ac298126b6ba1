package nl.wegwijs.contracts.directory;

/**
 * The parts of a newcomer's profile a partner may receive, each one a field of {@code ReferralIssued}. Every
 * referral carries the name, contact and languages; the others only where a partner's directory entry lists them.
 */
public enum ProfileField {
    NAME,
    CONTACT,
    /** Languages and the interpreter need. */
    LANGUAGES,
    DATE_OF_BIRTH,
    HOUSEHOLD_CHILDREN_BIRTH_YEARS,
    /** The situation summaries of the referral's own life domains, never of other domains. */
    DOMAIN_SITUATIONS,
    /** Health details; sent only with the newcomer's consent. */
    HEALTH,
    TALENTS_AND_INTERESTS;

    public boolean isAlwaysShared() {
        return this == NAME || this == CONTACT || this == LANGUAGES;
    }
}
