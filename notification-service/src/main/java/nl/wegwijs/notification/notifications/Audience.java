package nl.wegwijs.notification.notifications;

/** Who a mail is for, which decides where its links point. */
public enum Audience {
    PARTNER,
    COORDINATOR,
    INTAKE_OFFICER
}
