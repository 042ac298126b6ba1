package nl.wegwijs.notification.notifications;

public enum NotificationStatus {
    /** Recorded, not (yet) accepted by the SMTP server. */
    PENDING,
    SENT,
    /** The last attempt failed; the retry job tries again once the circuit breaker lets calls through. */
    FAILED,
    /** Waits for a digest: a level-1 escalation inside a storm window, or a level-3 one for the daily digest. */
    HELD,
    /** Went out as part of the digest named in {@code digestId}. */
    BUNDLED
}
