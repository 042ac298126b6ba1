package nl.wegwijs.notification.delivery;

import java.time.Clock;
import nl.wegwijs.notification.notifications.Notification;
import nl.wegwijs.notification.notifications.NotificationStore;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends what is left over: failed notifications, and pending ones whose sender's lease ran out (the service stopped
 * mid-send). Waits while the circuit breaker is open, and stops a round at the first failure.
 */
@Component
class RetryJob {

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
        if (!smtp.acceptsCalls()) {
            return;
        }
        for (Notification notification : store.dueForRetry(clock.instant(), BATCH)) {
            if (!delivery.send(notification.id())) {
                return;
            }
        }
    }
}
