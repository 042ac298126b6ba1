package nl.wegwijs.notification.delivery;

import java.time.Clock;
import nl.wegwijs.notification.notifications.Notification;
import nl.wegwijs.notification.notifications.NotificationStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends what is left over: failed notifications whose back-off is over, and pending ones whose sender's lease ran
 * out (the service stopped mid-send), oldest first. One notification's failure never stops the round; only an open
 * circuit breaker does (the server is down, so the others would not get through either).
 */
@Component
class RetryJob {

    private static final Logger log = LoggerFactory.getLogger(RetryJob.class);
    private static final int BATCH = 100;

    private final NotificationStore store;
    private final Delivery delivery;
    private final SmtpGateway smtp;
    private final Clock clock;

    RetryJob(NotificationStore store, Delivery delivery, SmtpGateway smtp, Clock clock) {
        this.store = store;
        this.delivery = delivery;
        this.smtp = smtp;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${wegwijs.notifications.retry-interval:PT30S}",
            initialDelayString = "${wegwijs.notifications.retry-interval:PT30S}")
    void retryDue() {
        for (Notification notification : store.dueForRetry(clock.instant(), BATCH)) {
            if (!smtp.acceptsCalls()) {
                return;
            }
            try {
                delivery.send(notification.id());
            } catch (RuntimeException e) {
                // The store, not SMTP or the composer (Delivery records those): the next round tries it again.
                log.error(
                        "Retry of notification {} (source {}) broke off: {}",
                        notification.kind(),
                        notification.sourceId(),
                        SmtpFailures.describe(e));
            }
        }
    }
}
