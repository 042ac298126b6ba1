package nl.wegwijs.notification.notifications;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One mail to one recipient, recorded before it is sent. {@code sourceId} is the escalation's event id (or the
 * digest's key), so the pair ({@code sourceId}, {@code recipient}) is unique: the same escalation delivered twice
 * finds its record and sends nothing new.
 *
 * @param leaseUntil while in the future, one sender owns the notification; others leave it alone
 * @param nextAttemptAt for a FAILED notification: no sender takes it before then (the retry back-off)
 * @param windowKey the storm window or daily digest this notification belongs to
 * @param holdUntil for a HELD notification: when its digest is due
 * @param digestKind for a HELD notification: the kind of digest it goes into
 * @param digestId for a BUNDLED notification: the digest it went out in
 * @param lastError what went wrong on the last attempt, with every e-mail address masked
 * @param notice for a {@link NotificationKind#NEWCOMER_NOTICE}: what the message says; its recipient is removed once
 *     it is sent or given up
 */
@Document(Notification.COLLECTION)
public record Notification(
        @Id String id,
        String sourceId,
        String recipient,
        NotificationKind kind,
        Audience audience,
        String partner,
        int level,
        List<NotificationItem> items,
        NotificationStatus status,
        int attempts,
        Instant createdAt,
        Instant updatedAt,
        Instant leaseUntil,
        Instant nextAttemptAt,
        Instant sentAt,
        String lastError,
        String windowKey,
        Instant holdUntil,
        NotificationKind digestKind,
        String digestId,
        NewcomerNotice notice) {

    public static final String COLLECTION = "notifications";

    public static String idOf(String sourceId, String recipient) {
        return sourceId + "|" + recipient;
    }

    /** A notification to send now. */
    public static Notification pending(
            String sourceId,
            String recipient,
            NotificationKind kind,
            Audience audience,
            String partner,
            int level,
            List<NotificationItem> items,
            String windowKey,
            Instant now) {
        return new Notification(
                idOf(sourceId, recipient),
                sourceId,
                recipient,
                kind,
                audience,
                partner,
                level,
                List.copyOf(items),
                NotificationStatus.PENDING,
                0,
                now,
                now,
                null,
                null,
                null,
                null,
                windowKey,
                null,
                null,
                null,
                null);
    }

    /**
     * A message to a newcomer, its id the notice's: the same notice requested twice finds its record. The address is
     * not part of the id, so it can be removed after sending.
     */
    public static Notification notice(String noticeId, String address, NewcomerNotice notice, Instant now) {
        return new Notification(
                "notice:" + noticeId,
                noticeId,
                address,
                NotificationKind.NEWCOMER_NOTICE,
                Audience.NEWCOMER,
                notice.partner().value(),
                0,
                List.of(),
                NotificationStatus.PENDING,
                0,
                now,
                now,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                notice);
    }

    /** A notification that waits for the digest of {@code windowKey}, due at {@code holdUntil}. */
    public Notification heldFor(String windowKey, Instant holdUntil, NotificationKind digestKind) {
        return new Notification(
                id,
                sourceId,
                recipient,
                kind,
                audience,
                partner,
                level,
                items,
                NotificationStatus.HELD,
                attempts,
                createdAt,
                updatedAt,
                null,
                null,
                null,
                null,
                windowKey,
                holdUntil,
                digestKind,
                null,
                notice);
    }
}
