package nl.wegwijs.notification.delivery;

import jakarta.mail.MessagingException;
import nl.wegwijs.notification.notifications.NotificationStatus;
import nl.wegwijs.notification.notifications.NotificationStore;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Replaces Boot's mail health indicator (switched off in the configuration), which reports DOWN and so would take
 * the whole service down with the SMTP server. Mails wait in the store meanwhile, so an outage is {@code DEGRADED}:
 * visible in the details, ranked below UP by {@code management.endpoint.health.status.order}, and not part of the
 * liveness or readiness groups.
 */
@Component("smtpHealthIndicator")
class SmtpHealthIndicator implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "SMTP unreachable; notifications wait and are retried");

    private final JavaMailSenderImpl mailSender;
    private final SmtpGateway smtp;
    private final NotificationStore store;

    SmtpHealthIndicator(JavaMailSenderImpl mailSender, SmtpGateway smtp, NotificationStore store) {
        this.mailSender = mailSender;
        this.smtp = smtp;
        this.store = store;
    }

    @Override
    public Health health() {
        Health.Builder health = reachable() ? Health.up() : Health.status(DEGRADED);
        if (!smtp.acceptsCalls()) {
            health.status(DEGRADED);
        }
        return health.withDetail("location", mailSender.getHost() + ":" + mailSender.getPort())
                .withDetail("circuitBreaker", smtp.state().name())
                .withDetail("waiting", store.count(NotificationStatus.PENDING) + store.count(NotificationStatus.FAILED))
                .build();
    }

    private boolean reachable() {
        try {
            mailSender.testConnection();
            return true;
        } catch (MessagingException e) {
            return false;
        }
    }
}
