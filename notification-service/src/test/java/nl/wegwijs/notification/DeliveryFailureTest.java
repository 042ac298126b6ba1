package nl.wegwijs.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import nl.wegwijs.notification.notifications.Audience;
import nl.wegwijs.notification.notifications.Notification;
import nl.wegwijs.notification.notifications.NotificationItem;
import nl.wegwijs.notification.notifications.NotificationKind;
import nl.wegwijs.notification.notifications.NotificationStatus;
import nl.wegwijs.notification.notifications.NotificationStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Mails that fail, on the real SMTP path: GreenMail behind a front that refuses chosen recipients (550 for good, 451
 * for now). The retry job sends these notifications, as it does after a consumer's first attempt. These tests run
 * with at most 3 attempts and a first back-off of one minute on the test clock.
 */
@ExtendWith(OutputCaptureExtension.class)
class DeliveryFailureTest extends NotificationIntegrationTest {

    private static final Duration BOUND = Duration.ofSeconds(30);

    @Autowired
    NotificationStore store;

    @Autowired
    MeterRegistry meters;

    @Test
    void oneRefusedAddressAmongTwentyGoodOnesFailsForGoodAtOnceAndTheTwentyArrive(CapturedOutput output)
            throws Exception {
        String refused = "vertrokken-" + UUID.randomUUID() + "@zeist.example";
        SMTP.refuse(refused);
        List<String> good = IntStream.range(0, 20)
                .mapToObj(i -> "maatje-" + i + "-" + UUID.randomUUID() + "@zeist.example")
                .toList();
        double givenUpBefore = givenUp();
        Instant now = clock.instant();
        Notification toRefused = followUp(refused, now.minusSeconds(1));
        List<Notification> all = new ArrayList<>(List.of(toRefused));
        good.forEach(recipient -> all.add(followUp(recipient, now)));

        // One write, so the retry job meets all 21 in one round, the refused one first (it is the oldest).
        mongo.insertAll(all);

        await().atMost(BOUND)
                .until(() -> good.stream()
                                .allMatch(recipient -> SMTP.to(recipient, "").size() == 1)
                        && all.stream().allMatch(n -> settled(store.find(n.id()).orElseThrow())));
        good.forEach(recipient -> assertThat(SMTP.to(recipient, "")).hasSize(1));
        assertThat(SMTP.to(refused, "")).isEmpty();
        assertThat(all.subList(1, all.size()))
                .allSatisfy(n ->
                        assertThat(store.find(n.id()).orElseThrow().status()).isEqualTo(NotificationStatus.SENT));
        Notification failed = store.find(toRefused.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(NotificationStatus.FAILED_PERMANENTLY);
        assertThat(failed.attempts()).as("a 550 is not tried again").isEqualTo(1);
        assertThat(failed.nextAttemptAt()).isNull();
        assertThat(failed.lastError()).contains("550").contains("<address>").doesNotContain(refused);
        assertThat(givenUp()).isEqualTo(givenUpBefore + 1);

        mvc.perform(get("/api/notifications")
                        .param("status", "FAILED_PERMANENTLY")
                        .param("size", "100")
                        .with(tokenWithRole("COORDINATOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].sourceId", hasItem(toRefused.sourceId())))
                .andExpect(jsonPath("$.items[*].status", everyItem(is("FAILED_PERMANENTLY"))))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(100))
                .andExpect(jsonPath("$.totalItems").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)))
                .andExpect(jsonPath("$.totalPages").value(1));
        assertThat(output.getAll()).contains("given up").contains("550").doesNotContain(refused);

        // Days later nothing has tried it again.
        clock.advance(Duration.ofDays(2));
        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(5))
                .until(() -> store.find(toRefused.id()).orElseThrow().attempts() == 1);
        assertThat(store.find(toRefused.id()).orElseThrow().attempts()).isEqualTo(1);
    }

    @Test
    void aDeferredMailIsTriedAgainOnlyAfterItsBackOffAndThenArrives() throws Exception {
        String busy = "druk-" + UUID.randomUUID() + "@zeist.example";
        // One attempt is three quick tries (resilience4j.retry); the fourth try, in the second attempt, passes.
        SMTP.defer(busy, 4);
        Notification notification = followUp(busy, clock.instant());
        Instant firstAttempt = clock.instant();

        store.record(notification);

        Notification failed = awaitAttempt(notification, 1);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.nextAttemptAt()).isEqualTo(firstAttempt.plus(Duration.ofMinutes(1)));
        assertThat(failed.lastError()).contains("451").doesNotContain(busy);
        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(5))
                .until(() -> store.find(notification.id()).orElseThrow().attempts() == 1);
        assertThat(store.find(notification.id()).orElseThrow().attempts())
                .as("not tried again within the back-off")
                .isEqualTo(1);

        clock.advance(Duration.ofMinutes(1));

        await().atMost(BOUND)
                .until(() -> store.find(notification.id()).orElseThrow().status() == NotificationStatus.SENT);
        assertThat(store.find(notification.id()).orElseThrow().attempts()).isEqualTo(2);
        assertThat(SMTP.to(busy, "")).hasSize(1);
    }

    @Test
    void aMailDeferredEveryTimeIsGivenUpAfterTheLastAttemptWithBackOffsDoubling() {
        String busy = "altijd-druk-" + UUID.randomUUID() + "@zeist.example";
        SMTP.defer(busy, Integer.MAX_VALUE);
        Notification notification = followUp(busy, clock.instant());
        double givenUpBefore = givenUp();

        store.record(notification);

        Instant afterFirst = awaitAttempt(notification, 1).nextAttemptAt();
        assertThat(afterFirst).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
        clock.advance(Duration.ofMinutes(1));
        Instant afterSecond = awaitAttempt(notification, 2).nextAttemptAt();
        assertThat(afterSecond).isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));
        clock.advance(Duration.ofMinutes(2));

        await().atMost(BOUND)
                .until(() ->
                        store.find(notification.id()).orElseThrow().status() == NotificationStatus.FAILED_PERMANENTLY);
        Notification given = store.find(notification.id()).orElseThrow();
        assertThat(given.attempts()).isEqualTo(3);
        assertThat(given.lastError()).contains("451");
        assertThat(givenUp()).isEqualTo(givenUpBefore + 1);
        assertThat(SMTP.to(busy, "")).isEmpty();
    }

    @Test
    void theFailureCountersExistAtZeroForEveryKindBeforeAnythingFails() throws Exception {
        String scrape = mvc.perform(get("/actuator/prometheus").with(tokenWithRole("METRICS")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        for (NotificationKind kind : NotificationKind.values()) {
            assertThat(scrape)
                    .contains("wegwijs_notifications_failed_total{kind=\"" + kind.slug() + "\"}")
                    .contains("wegwijs_notifications_failed_permanently_total{kind=\"" + kind.slug() + "\"}")
                    .contains("wegwijs_notifications_sent_total{kind=\"" + kind.slug() + "\"}");
        }
        assertThat(meters.counter("wegwijs.notifications.failed.permanently", "kind", "partner-digest")
                        .count())
                .isZero();
    }

    private Notification awaitAttempt(Notification notification, int attempt) {
        await().atMost(BOUND).until(() -> {
            Notification now = store.find(notification.id()).orElseThrow();
            // Without a lease: a claim in flight keeps FAILED until its attempt is over.
            return now.status() == NotificationStatus.FAILED && now.attempts() == attempt && now.leaseUntil() == null;
        });
        return store.find(notification.id()).orElseThrow();
    }

    private double givenUp() {
        return meters.counter("wegwijs.notifications.failed.permanently", "kind", "follow-up-overdue")
                .count();
    }

    private static boolean settled(Notification notification) {
        return notification.status() == NotificationStatus.SENT
                || notification.status() == NotificationStatus.FAILED_PERMANENTLY;
    }

    private static Notification followUp(String recipient, Instant createdAt) {
        NotificationItem item = new NotificationItem(
                UUID.randomUUID(), null, null, 0, 3, null, 1, java.time.LocalDate.parse("2026-03-01"), createdAt);
        return Notification.pending(
                UUID.randomUUID().toString(),
                recipient,
                NotificationKind.FOLLOW_UP_OVERDUE,
                Audience.INTAKE_OFFICER,
                null,
                0,
                List.of(item),
                null,
                createdAt);
    }
}
