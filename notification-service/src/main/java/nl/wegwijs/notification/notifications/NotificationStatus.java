package nl.wegwijs.notification.notifications;

public enum NotificationStatus {
    /** Recorded, not (yet) accepted by the SMTP server. */
    PENDING,
    SENT,
    /** The last attempt failed; the retry job tries again at {@code nextAttemptAt}. */
    FAILED,
    /** Given up: the SMTP server refused it for good (5xx), or every allowed attempt failed. Never retried. */
    FAILED_PERMANENTLY,
    /** Waits for a digest: a level-1 escalation inside a storm window, or a level-3 one for the daily digest. */
    HELD,
    /** Went out as part of the digest named in {@code digestId}. */
    BUNDLED
}
