package nl.wegwijs.notification.mail;

/** A rendered mail: one subject, a plain-text body and the same content as HTML. */
public record ComposedMail(String subject, String text, String html) {}
