package nl.wegwijs.notification.delivery;

/**
 * Sends one text message. The development implementation, {@link MailboxSmsGateway}, delivers it as an e-mail to the
 * platform's SMTP server; a municipality plugs in its SMS provider's (README, "Notices to newcomers"). A failure is
 * thrown; {@link SmtpFailures} decides whether it is permanent, anything it does not know is transient.
 */
public interface SmsGateway {

    /** @param messageId the same on every attempt, so the provider can recognise a repeat */
    void send(String messageId, String phoneNumber, String text);
}
