package nl.wegwijs.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.monitoring.FollowUpOverdue;
import nl.wegwijs.contracts.monitoring.ReferralStalled;
import nl.wegwijs.notification.notifications.Notification;
import nl.wegwijs.notification.notifications.NotificationStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SmtpOutageTest extends NotificationIntegrationTest {

    @Autowired
    CircuitBreakerRegistry breakers;

    @Autowired
    MeterRegistry meters;

    @Test
    void whileSmtpIsDownTheBreakerOpensNothingIsLostAndEveryMailArrivesOnceAfterwards() throws Exception {
        List<ReferralStalled> stalled = IntStream.range(0, 3)
                .mapToObj(i -> stalled(PartnerCode.SAMEN_OPLOPEN, 2))
                .toList();
        FollowUpOverdue overdue = followUpOverdue();
        List<UUID> eventIds =
                new ArrayList<>(stalled.stream().map(ReferralStalled::eventId).toList());
        eventIds.add(overdue.eventId());
        CircuitBreaker breaker = breakers.circuitBreaker("smtp");

        int mailsBefore = SMTP.received().size();
        SMTP.stop();
        try {
            stalled.forEach(this::publish);
            publish(overdue);

            await().atMost(Duration.ofSeconds(30))
                    .until(() -> breaker.getState() == CircuitBreaker.State.OPEN
                            && records(eventIds).size() == 7
                            && records(eventIds).stream().allMatch(n -> n.status() == NotificationStatus.FAILED));
            mvc.perform(get("/actuator/health").with(tokenWithRole("COORDINATOR")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("UP"))
                    .andExpect(jsonPath("$.components.smtp.status").value("DEGRADED"))
                    .andExpect(jsonPath("$.components.smtp.details.waiting").isNumber());
            mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
            mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
            assertThat(meters.counter("wegwijs.notifications.failed", "kind", "referral-stalled")
                            .count())
                    .isPositive();
        } finally {
            SMTP.start();
        }
        // Mails that really failed wait out their back-off (a minute here); the ones the open breaker refused do not.
        clock.advance(Duration.ofMinutes(2));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> records(eventIds).stream().allMatch(n -> n.status() == NotificationStatus.SENT)
                        && SMTP.received().size() >= mailsBefore + 7);
        for (ReferralStalled event : stalled) {
            String reference = event.referralId().toString();
            assertThat(SMTP.to(contactOf(PartnerCode.SAMEN_OPLOPEN), reference)).hasSize(1);
            assertThat(SMTP.to(coordinator(), reference)).hasSize(1);
        }
        assertThat(SMTP.to(
                        DIRECTORY.municipality().intakeOfficerEmail(),
                        overdue.newcomerId().toString()))
                .singleElement()
                .satisfies(mail -> assertThat(mail.subject())
                        .isEqualTo("Vervolggesprek voor nieuwkomer " + overdue.newcomerId() + " is te laat"));
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(meters.counter("wegwijs.notifications.sent", "kind", "follow-up-overdue")
                        .count())
                .isPositive();
    }

    private List<Notification> records(List<UUID> eventIds) {
        return eventIds.stream().flatMap(id -> notificationsOf(id).stream()).toList();
    }
}
