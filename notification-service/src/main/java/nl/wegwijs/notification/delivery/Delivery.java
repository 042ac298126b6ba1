package nl.wegwijs.notification.delivery;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import nl.wegwijs.contracts.intake.MessageChannel;
import nl.wegwijs.notification.NotificationSettings;
import nl.wegwijs.notification.mail.ComposedMail;
import nl.wegwijs.notification.mail.MailComposer;
import nl.wegwijs.notification.notifications.Notification;
import nl.wegwijs.notification.notifications.NotificationStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends one recorded notification: claim it (so only one sender holds it), send, then mark it SENT, FAILED (with a
 * back-off before the next attempt) or FAILED_PERMANENTLY (a permanent refusal, or the last allowed attempt). A
 * failure is recorded, never thrown. Logs name the kind and source, never the recipient. A notice to a newcomer goes by
 * e-mail or through the {@link SmsGateway}, and loses its address with the SENT or FAILED_PERMANENTLY write.
 */
@Component
public class Delivery {

    /** What one call of {@link #send} did. */
    public enum Outcome {
        SENT,
        FAILED,
        FAILED_PERMANENTLY,
        /** The circuit breaker refused the call: nothing was tried and no attempt is used up. */
        NOT_ATTEMPTED,
        /** Not claimable: sent, held, given up, backing off, or another sender holds it. */
        SKIPPED
    }

    private static final Logger log = LoggerFactory.getLogger(Delivery.class);

    private final NotificationStore store;
    private final MailComposer composer;
    private final SmtpGateway smtp;
    private final SmsGateway sms;
    private final DeliveryMetrics metrics;
    private final NotificationSettings settings;
    private final Clock clock;

    Delivery(
            NotificationStore store,
            MailComposer composer,
            SmtpGateway smtp,
            SmsGateway sms,
            DeliveryMetrics metrics,
            NotificationSettings settings,
            Clock clock) {
        this.store = store;
        this.composer = composer;
        this.smtp = smtp;
        this.sms = sms;
        this.metrics = metrics;
        this.settings = settings;
        this.clock = clock;
    }

    /** Records and sends a new notification; one that exists already is only sent if it is still due. */
    public Outcome recordAndSend(Notification notification) {
        store.record(notification);
        return send(notification.id());
    }

    public Outcome send(String id) {
        Optional<Notification> claimed = store.claim(id, clock.instant(), settings.sendLease());
        if (claimed.isEmpty()) {
            return Outcome.SKIPPED;
        }
        Notification notification = claimed.get();
        ComposedMail mail;
        try {
            mail = composer.compose(notification);
        } catch (RuntimeException e) {
            return failed(notification, e, true); // a fault of the template or the data: sending again cannot help
        }
        try {
            transmit(notification, mail);
        } catch (CallNotPermittedException e) {
            store.release(id, clock.instant(), "not attempted: the SMTP circuit breaker is open");
            log.info(
                    "Notification {} (source {}) waits: SMTP circuit breaker open",
                    notification.kind(),
                    notification.sourceId());
            return Outcome.NOT_ATTEMPTED;
        } catch (RuntimeException e) {
            return failed(notification, e, SmtpFailures.isPermanent(e));
        }
        store.markSent(id, clock.instant(), isNotice(notification));
        metrics.sent(notification.kind());
        log.info("Notification {} (source {}) sent", notification.kind(), notification.sourceId());
        return Outcome.SENT;
    }

    /** A notice by SMS goes to the SMS gateway as text; everything else is a mail. */
    private void transmit(Notification notification, ComposedMail mail) {
        if (isNotice(notification) && notification.notice().channel() == MessageChannel.SMS) {
            sms.send(notification.id(), notification.recipient(), mail.text());
        } else {
            smtp.send(notification.id(), notification.recipient(), mail);
        }
    }

    /** A newcomer's notice: its address goes once it is sent or given up. */
    private static boolean isNotice(Notification notification) {
        return notification.notice() != null;
    }

    private Outcome failed(Notification notification, RuntimeException e, boolean permanent) {
        Instant now = clock.instant();
        String error = SmtpFailures.describe(e);
        metrics.failed(notification.kind());
        if (permanent || notification.attempts() >= settings.retries().maxAttempts()) {
            store.markFailedPermanently(notification.id(), now, error, isNotice(notification));
            metrics.failedPermanently(notification.kind());
            log.error(
                    "Notification {} (source {}) given up after attempt {} ({}): {}",
                    notification.kind(),
                    notification.sourceId(),
                    notification.attempts(),
                    permanent ? "refused for good" : "no attempts left",
                    error);
            return Outcome.FAILED_PERMANENTLY;
        }
        Instant next = now.plus(settings.retries().backoffAfter(notification.attempts()));
        store.markFailed(notification.id(), now, error, next);
        log.warn(
                "Notification {} (source {}) not sent on attempt {}, next attempt at {}: {}",
                notification.kind(),
                notification.sourceId(),
                notification.attempts(),
                next,
                error);
        return Outcome.FAILED;
    }
}
