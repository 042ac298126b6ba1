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
                .andExpect(jsonPath("$.items[0].kind").value("REFERRAL_STALLED"))
                .andExpect(jsonPath("$.items[0].status").value("SENT"))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(100))
                .andExpect(jsonPath("$.totalItems").isNumber())
                .andExpect(jsonPath("$.totalPages").isNumber());
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

    /** Problems are Dutch unless the client asks for English, field messages and the 401 included (ADR 14). */
    @Test
    void problemsAreInDutchByDefaultAndInEnglishByAcceptLanguage() throws Exception {
        mvc.perform(get("/api/notifications").param("size", "101").with(tokenWithRole("COORDINATOR")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Ongeldig verzoek"))
                .andExpect(jsonPath("$.detail").value("Het verzoek heeft ongeldige invoer."))
                .andExpect(jsonPath("$.errors[0].field").value("size"))
                .andExpect(jsonPath("$.errors[0].message").value("moet tussen 1 en 100 liggen"));
        mvc.perform(get("/api/notifications")
                        .param("size", "101")
                        .header("Accept-Language", "en")
                        .with(tokenWithRole("COORDINATOR")))
                .andExpect(jsonPath("$.title").value("Bad Request"))
                .andExpect(jsonPath("$.detail").value("The request has invalid input."))
                .andExpect(jsonPath("$.errors[0].field").value("size"))
                .andExpect(jsonPath("$.errors[0].message").value("must be between 1 and 100"));
        mvc.perform(get("/api/notifications"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("Niet aangemeld"))
                .andExpect(jsonPath("$.detail").value("Een geldig bearer-token is nodig."));
    }
}
