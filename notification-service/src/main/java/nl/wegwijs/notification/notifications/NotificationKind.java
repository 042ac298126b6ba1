package nl.wegwijs.notification.notifications;

import java.util.Locale;

public enum NotificationKind {
    REFERRAL_STALLED,
    FOLLOW_UP_OVERDUE,
    /** The level-1 escalations one partner contact got within one storm window, in one mail. */
    PARTNER_DIGEST,
    /** The level-3 escalations of one day, for the coordinator's regie-overleg. */
    COORDINATOR_DIGEST,
    /** A short message to a newcomer on a referral of theirs, by e-mail or SMS (ADR 23). */
    NEWCOMER_NOTICE;

    /** The metric tag and template name: {@code referral-stalled}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
