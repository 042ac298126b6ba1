package nl.wegwijs.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import nl.wegwijs.notification.notifications.Audience;
import nl.wegwijs.notification.notifications.Notification;
import nl.wegwijs.notification.notifications.NotificationItem;
import nl.wegwijs.notification.notifications.NotificationKind;
import nl.wegwijs.notification.notifications.NotificationStatus;
import nl.wegwijs.notification.notifications.NotificationStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CrashRecoveryTest extends NotificationIntegrationTest {

    @Autowired
    NotificationStore store;

    @Test
    void aNotificationWhoseSenderDiedMidSendIsSentOnceByTheRetryJobWhenItsLeaseRunsOut() {
        UUID newcomer = UUID.randomUUID();
        Notification notification = Notification.pending(
                UUID.randomUUID().toString(),
                DIRECTORY.municipality().intakeOfficerEmail(),
                NotificationKind.FOLLOW_UP_OVERDUE,
                Audience.INTAKE_OFFICER,
                null,
                0,
                List.of(new NotificationItem(newcomer, null, null, 0, 2, null, 2, null)),
                null,
                clock.instant());
        store.record(notification);
        // A sender that claimed it and then died: its lease keeps every other sender away until it runs out.
        assertThat(store.claim(notification.id(), clock.instant(), Duration.ofMinutes(5)))
                .isPresent();
        assertThat(store.record(notification)).as("recorded once").isFalse();

        clock.advance(Duration.ofMinutes(6));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> !SMTP.to(DIRECTORY.municipality().intakeOfficerEmail(), newcomer.toString())
                                .isEmpty()
                        && store.find(notification.id()).orElseThrow().status() == NotificationStatus.SENT);
        assertThat(SMTP.to(DIRECTORY.municipality().intakeOfficerEmail(), newcomer.toString()))
                .hasSize(1);
        assertThat(store.find(notification.id()).orElseThrow().attempts()).isEqualTo(2);
    }
}
