package nl.wegwijs.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
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
        Notification pending = Notification.pending(
                UUID.randomUUID().toString(),
                DIRECTORY.municipality().intakeOfficerEmail(),
                NotificationKind.FOLLOW_UP_OVERDUE,
                Audience.INTAKE_OFFICER,
                null,
                0,
                List.of(new NotificationItem(newcomer, null, null, 0, 2, null, 2, null, clock.instant())),
                null,
                clock.instant());
        // A sender that claimed it and then died, written in one step so the retry job (running every 0.2 s in
        // these tests) cannot take it first: its lease keeps every other sender away until it runs out.
        Notification notification = claimedUntil(pending, clock.instant().plus(Duration.ofMinutes(5)));
        assertThat(store.record(notification)).isTrue();
        assertThat(store.record(pending)).as("recorded once").isFalse();
        assertThat(store.claim(notification.id(), clock.instant(), Duration.ofMinutes(5)))
                .as("nobody else may take it while the lease runs")
                .isEmpty();

        clock.advance(Duration.ofMinutes(6));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> !SMTP.to(DIRECTORY.municipality().intakeOfficerEmail(), newcomer.toString())
                                .isEmpty()
                        && store.find(notification.id()).orElseThrow().status() == NotificationStatus.SENT);
        assertThat(SMTP.to(DIRECTORY.municipality().intakeOfficerEmail(), newcomer.toString()))
                .hasSize(1);
        assertThat(store.find(notification.id()).orElseThrow().attempts()).isEqualTo(2);
    }

    private static Notification claimedUntil(Notification n, Instant leaseUntil) {
        return new Notification(
                n.id(),
                n.sourceId(),
                n.recipient(),
                n.kind(),
                n.audience(),
                n.partner(),
                n.level(),
                n.items(),
                n.status(),
                1,
                n.createdAt(),
                n.updatedAt(),
                leaseUntil,
                n.nextAttemptAt(),
                n.sentAt(),
                n.lastError(),
                n.windowKey(),
                n.holdUntil(),
                n.digestKind(),
                n.digestId(),
                n.notice());
    }
}
