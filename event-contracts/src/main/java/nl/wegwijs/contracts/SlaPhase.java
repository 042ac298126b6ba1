package nl.wegwijs.contracts;

/** The phases the monitoring service keeps a deadline on. */
public enum SlaPhase {
    ACKNOWLEDGE,
    PICK_UP,
    WAITLIST_REVIEW,
    FIRST_CONTACT,
    FOLLOW_UP_CONVERSATION;

    /** Whether the phase belongs to a referral, with a deadline set per partner in the directory. */
    public boolean isReferralPhase() {
        return this != FOLLOW_UP_CONVERSATION;
    }
}
