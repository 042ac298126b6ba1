package nl.wegwijs.notification.delivery;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import nl.wegwijs.notification.NotificationSettings;
import nl.wegwijs.notification.mail.ComposedMail;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Hands one mail to the SMTP server through a Resilience4j circuit breaker around a retry (quick tries with backoff),
 * both named {@code smtp} and configured under {@code resilience4j.*}. The breaker sees one call per delivery attempt,
 * so {@code CallNotPermittedException} always means nothing was tried (ADR 13); a permanent refusal does not count for
 * it (the server works, it only refuses this mail) and is not retried.
 */
@Component
class SmtpGateway {

    static final String NAME = "smtp";

    private final JavaMailSender mailSender;
    private final NotificationSettings settings;
    private final CircuitBreaker breaker;
    private final Retry retry;

    SmtpGateway(
            JavaMailSender mailSender,
            NotificationSettings settings,
            CircuitBreakerRegistry breakers,
            RetryRegistry retries) {
        this.mailSender = mailSender;
        this.settings = settings;
        this.breaker = breakers.circuitBreaker(NAME);
        this.retry = retries.retry(NAME);
    }

    /**
     * Sends; throws a {@link org.springframework.mail.MailException} or
     * {@link io.github.resilience4j.circuitbreaker.CallNotPermittedException} when the mail did not go out. Only
     * transient failures are retried here ({@link SmtpFailures.Transient}).
     */
    void send(String notificationId, String recipient, ComposedMail mail) {
        MimeMessage message = message(notificationId, recipient, mail);
        Runnable send = () -> mailSender.send(message);
        CircuitBreaker.decorateRunnable(breaker, Retry.decorateRunnable(retry, send))
                .run();
    }

    /** Whether the breaker lets calls through (closed or half open). */
    boolean acceptsCalls() {
        return breaker.getState() != CircuitBreaker.State.OPEN
                && breaker.getState() != CircuitBreaker.State.FORCED_OPEN;
    }

    CircuitBreaker.State state() {
        return breaker.getState();
    }

    private MimeMessage message(String notificationId, String recipient, ComposedMail mail) {
        try {
            MimeMessage message = mailSender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(settings.from());
            helper.setTo(recipient);
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), mail.html());
            // The same notification always carries the same Message-ID, so a mail client can spot the duplicate
            // that the one remaining window (ADR 7) may produce.
            message.setHeader("Message-ID", messageId(notificationId));
            return message;
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
    }

    private static String messageId(String notificationId) {
        String hash = HexFormat.of().formatHex(sha256(notificationId));
        return "<" + hash.substring(0, 32) + "@notification.wegwijs>";
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
