package nl.wegwijs.notification;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.monitoring.ReferralStalled;
import nl.wegwijs.notification.notifications.NotificationStatus;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class NotificationAuditApiTest extends NotificationIntegrationTest {

    @Test
    void theCoordinatorFindsASentEscalationByPartnerKindStatusAndPeriod() throws Exception {
        ReferralStalled event = stalled(PartnerCode.CJG, 2);
        publish(event);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> notificationsOf(event.eventId()).size() == 2
                        && notificationsOf(event.eventId()).stream()
                                .allMatch(n -> n.status() == NotificationStatus.SENT));

        mvc.perform(get("/api/notifications")
                        .param("partner", "CJG")
                        .param("kind", "REFERRAL_STALLED")
                        .param("status", "SENT")
                        .param("from", clock.instant().minusSeconds(1).toString())
                        .param("to", clock.instant().plusSeconds(1).toString())
                        .param("size", "100")
                        .with(tokenWithRole("COORDINATOR")))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$.items[*].sourceId", hasItem(event.eventId().toString())))
                .andExpect(jsonPath("$.items[*].recipient", hasItem(coordinator())))
                .andExpect(jsonPath("$.items[0].references[0]").isString())
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(100));
    }

    @Test
    void aPartnerMayNotReadTheAudit() throws Exception {
        mvc.perform(get("/api/notifications").with(tokenWithRole("PARTNER")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anUnknownStatusIsRefusedNamingTheField() throws Exception {
        mvc.perform(get("/api/notifications").param("status", "LOST").with(tokenWithRole("COORDINATOR")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("status"));
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefusedNamingFrom() throws Exception {
        mvc.perform(get("/api/notifications")
                        .param("from", "2026-03-25T06:00:00Z")
                        .param("to", "2026-03-24T06:00:00Z")
                        .with(tokenWithRole("COORDINATOR")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
    }

    @Test
    void aPageSizeAboveOneHundredIsRefusedNamingSize() throws Exception {
        mvc.perform(get("/api/notifications").param("size", "101").with(tokenWithRole("COORDINATOR")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void aMalformedPartnerCodeIsRefusedNamingPartner() throws Exception {
        mvc.perform(get("/api/notifications").param("partner", "rsd{$ne:1}").with(tokenWithRole("COORDINATOR")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("partner"));
    }

    @Test
    void theEscalationRecipientsStillListEveryPartner() throws Exception {
        mvc.perform(get("/api/escalation-recipients").with(tokenWithRole("COORDINATOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].level1[*]", hasItem(contactOf(PartnerCode.RSD))));
    }
}
