package nl.wegwijs.contracts.directory;

/** How a partner gets its referrals. */
public enum DeliveryMode {
    /** In the platform's partner inbox; the platform acknowledges receipt for the partner. */
    INBOX,
    /** From its own topic, read by the partner's own system, which acknowledges receipt itself. */
    EXTERNAL
}
