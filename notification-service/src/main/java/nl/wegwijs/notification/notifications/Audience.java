package nl.wegwijs.notification.notifications;

/** Who a mail is for, which decides where its links point. */
public enum Audience {
    PARTNER,
    COORDINATOR,
    INTAKE_OFFICER,
    /** The person referred: no links, only their own message. */
    NEWCOMER
}
