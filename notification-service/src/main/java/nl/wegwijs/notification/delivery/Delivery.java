package nl.wegwijs.notification.delivery;

import java.time.Clock;
import java.util.Optional;
import nl.wegwijs.notification.NotificationSettings;
import nl.wegwijs.notification.mail.MailComposer;
import nl.wegwijs.notification.notifications.Notification;
import nl.wegwijs.notification.notifications.NotificationStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends one recorded notification: claim it (so only one sender holds it), send, then mark it SENT or FAILED. A
 * failure is recorded, never thrown: the retry job picks the notification up once the breaker lets calls through.
 */
@Component
public class Delivery {

    private static final Logger log = LoggerFactory.getLogger(Delivery.class);

    private final NotificationStore store;
    private final MailComposer composer;
    private final SmtpGateway smtp;
    private final DeliveryMetrics metrics;
    private final NotificationSettings settings;
    private final Clock clock;

    Delivery(
            NotificationStore store,
            MailComposer composer,
            SmtpGateway smtp,
            DeliveryMetrics metrics,
            NotificationSettings settings,
            Clock clock) {
        this.store = store;
        this.composer = composer;
        this.smtp = smtp;
        this.metrics = metrics;
        this.settings = settings;
        this.clock = clock;
    }

    /** Records and sends a new notification; one that exists already is only sent if it is still due. */
    public void recordAndSend(Notification notification) {
        store.record(notification);
        send(notification.id());
    }

    /** @return false when an attempt failed (so a batch can stop while SMTP is down) */
    public boolean send(String id) {
        Optional<Notification> claimed = store.claim(id, clock.instant(), settings.sendLease());
        if (claimed.isEmpty()) {
            return true;
        }
        Notification notification = claimed.get();
        try {
            smtp.send(id, notification.recipient(), composer.compose(notification));
        } catch (Throwable e) {
            store.markFailed(id, clock.instant(), e.getClass().getSimpleName());
            metrics.failed(notification.kind());
            log.warn(
                    "Notification {} (source {}) not sent: {}",
                    notification.kind(),
                    notification.sourceId(),
                    e.getClass().getSimpleName());
            return false;
        }
        store.markSent(id, clock.instant());
        metrics.sent(notification.kind());
        log.info("Notification {} (source {}) sent", notification.kind(), notification.sourceId());
        return true;
    }
}
