package nl.wegwijs.notification.delivery;

import nl.wegwijs.notification.mail.ComposedMail;
import org.springframework.web.util.HtmlUtils;

/**
 * For development and tests: a text message becomes an e-mail with subject "SMS" to
 * {@code <digits of the number>@sms.wegwijs.invalid} through the same SMTP server (and its circuit breaker), so it
 * shows in Mailpit or the embedded SMTP server. {@code .invalid} can never reach a real mailbox.
 */
class MailboxSmsGateway implements SmsGateway {

    static final String DOMAIN = "sms.wegwijs.invalid";

    private final SmtpGateway smtp;

    MailboxSmsGateway(SmtpGateway smtp) {
        this.smtp = smtp;
    }

    @Override
    public void send(String messageId, String phoneNumber, String text) {
        String mailbox = phoneNumber.replaceAll("[^0-9]", "") + "@" + DOMAIN;
        smtp.send(messageId, mailbox, new ComposedMail("SMS", text, "<pre>" + HtmlUtils.htmlEscape(text) + "</pre>"));
    }
}
