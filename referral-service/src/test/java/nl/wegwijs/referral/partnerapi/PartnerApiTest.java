package nl.wegwijs.referral.partnerapi;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.referral.ReferralServiceTest;
import nl.wegwijs.referral.TestEvents;
import nl.wegwijs.referral.referrals.Referral;
import nl.wegwijs.referral.referrals.ReferralLifecycle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** One referral per partner, created once; each test steps only on the referral of a partner no other test uses. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnerApiTest extends ReferralServiceTest {

    private static final List<PartnerCode> PARTNERS = List.of(
            PartnerCode.RSD,
            PartnerCode.TAALHUIS,
            PartnerCode.SAMEN_OPLOPEN,
            PartnerCode.CJG,
            PartnerCode.SOCIAAL_TEAM);
    private static final List<String> ACTIONS = List.of("accept", "waitlist", "decline", "start", "complete", "fail");

    @Autowired
    ReferralLifecycle lifecycle;

    private final Map<PartnerCode, UUID> referralOf = new LinkedHashMap<>();

    @BeforeAll
    void oneReceivedReferralPerPartner() {
        for (PartnerCode partner : PARTNERS) {
            referralOf.put(partner, requested(partner));
        }
        referralOf.values().forEach(id -> awaitStatus(id, ReferralStatus.RECEIVED));
    }

    @Test
    void everyOperationOnAnotherPartnersReferralAnswers404AndChangesNothing() throws Exception {
        Map<UUID, Long> sequenceBefore = new LinkedHashMap<>();
        referralOf
                .values()
                .forEach(id ->
                        sequenceBefore.put(id, referrals.find(id).orElseThrow().sequence()));
        for (int i = 0; i < PARTNERS.size(); i++) {
            PartnerCode caller = PARTNERS.get(i);
            UUID foreign = referralOf.get(PARTNERS.get((i + 1) % PARTNERS.size()));
            mvc.perform(get("/api/partner/referrals/{id}", foreign).with(partner(caller)))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.status").value(404));
            for (String action : ACTIONS) {
                mvc.perform(post("/api/partner/referrals/{id}/{action}", foreign, action)
                                .with(partner(caller))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"reasonCode\":\"NO_CAPACITY\",\"reason\":\"r\",\"waitWeeks\":2}"))
                        .andExpect(status().isNotFound());
            }
            mvc.perform(get("/api/partner/referrals").param("size", "100").with(partner(caller)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath(
                            "$.items[*].referral.partner", everyItem(org.hamcrest.Matchers.is(caller.value()))))
                    .andExpect(jsonPath("$.items[*].referralId", not(hasItem(foreign.toString()))));
        }
        sequenceBefore.forEach((id, sequence) -> org.assertj.core.api.Assertions.assertThat(
                        referrals.find(id).orElseThrow().sequence())
                .isEqualTo(sequence));
    }

    @Test
    void aStepTheLifecycleDoesNotHaveIsNotFoundInTheClientsLanguage() throws Exception {
        UUID id = referralOf.get(PartnerCode.RSD);
        mvc.perform(post("/api/partner/referrals/{id}/frobnicate", id).with(partner(PartnerCode.RSD)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Er is geen stap 'frobnicate'."));
        mvc.perform(post("/api/partner/referrals/{id}/frobnicate", id)
                        .with(partner(PartnerCode.RSD))
                        .header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("There is no step 'frobnicate'."));
    }

    @Test
    void withoutATokenThePartnerApiAnswers401() throws Exception {
        mvc.perform(get("/api/partner/referrals")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/partner/referrals/{id}/accept", referralOf.get(PartnerCode.RSD)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anIntakeOrCoordinatorTokenOnThePartnerApiAnswers403AndAPartnerTokenOnTheCoordinatorApiToo() throws Exception {
        UUID id = referralOf.get(PartnerCode.RSD);
        mvc.perform(get("/api/partner/referrals").with(role("INTAKE"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/partner/referrals/{id}/accept", id).with(coordinator()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/referrals/{id}", id).with(partner(PartnerCode.RSD)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/referrals/{id}/cancel", id).with(partner(PartnerCode.RSD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aForbiddenStepAnswers409WithTheCurrentStatusAndTheAllowedActions() throws Exception {
        UUID id = referralOf.get(PartnerCode.TAALHUIS);
        act(PartnerCode.TAALHUIS, id, "accept", "{}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"));

        act(PartnerCode.TAALHUIS, id, "complete", "{}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentStatus").value("ACCEPTED"))
                .andExpect(jsonPath("$.allowedActions", contains("start")));
    }

    @Test
    void aDeclineWithoutReasonCodeAnswers400NamingTheFieldAndChangesNothing() throws Exception {
        UUID id = referralOf.get(PartnerCode.CJG);

        act(PartnerCode.CJG, id, "decline", "{\"reason\":\"full\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reasonCode"));
        act(PartnerCode.CJG, id, "decline", "{\"reasonCode\":\"MAYBE\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reasonCode"));

        mvc.perform(get("/api/partner/referrals/{id}", id).with(partner(PartnerCode.CJG)))
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.sequence").value(2));
    }

    @Test
    void aWaitlistNeedsAnExpectedStartOrWeeksAndRecordsTheExpectedStart() throws Exception {
        UUID id = referralOf.get(PartnerCode.SAMEN_OPLOPEN);

        act(PartnerCode.SAMEN_OPLOPEN, id, "waitlist", "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("expectedStart"));
        act(PartnerCode.SAMEN_OPLOPEN, id, "waitlist", "{\"expectedStart\":\"2026-10-01\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WAITLISTED"));

        mvc.perform(get("/api/referrals/{id}", id).with(coordinator()))
                .andExpect(jsonPath("$.timeline[2].to").value("WAITLISTED"))
                .andExpect(jsonPath("$.timeline[2].expectedStart").value("2026-10-01"))
                .andExpect(jsonPath("$.timeline[2].actor").value("partner-samen-oplopen"));
    }

    @Test
    void aPartnerListsItsOwnReferralsOldestFirstFilteredByStatus() throws Exception {
        UUID older = referralOf.get(PartnerCode.SOCIAAL_TEAM);
        UUID newer = received(PartnerCode.SOCIAAL_TEAM);
        act(PartnerCode.SOCIAAL_TEAM, newer, "accept", "{}").andExpect(status().isOk());

        mvc.perform(get("/api/partner/referrals")
                        .param("status", "ACCEPTED")
                        .param("size", "100")
                        .with(partner(PartnerCode.SOCIAAL_TEAM)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].referralId", hasItem(newer.toString())))
                .andExpect(jsonPath("$.items[*].referralId", not(hasItem(older.toString()))))
                .andExpect(jsonPath("$.items[*].status", everyItem(org.hamcrest.Matchers.is("ACCEPTED"))));
        // One paging shape in every service: items, page, size, totalItems, totalPages.
        mvc.perform(get("/api/partner/referrals").param("size", "1").with(partner(PartnerCode.SOCIAAL_TEAM)))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.totalItems").value(org.hamcrest.Matchers.greaterThanOrEqualTo(2)))
                .andExpect(jsonPath("$.totalPages").value(org.hamcrest.Matchers.greaterThanOrEqualTo(2)));
        mvc.perform(get("/api/partner/referrals").param("size", "1000").with(partner(PartnerCode.SOCIAAL_TEAM)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get("/api/partner/referrals").param("status", "LOST").with(partner(PartnerCode.SOCIAAL_TEAM)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
    }

    @Test
    void theCoordinatorCancelsWithAReasonAndAFinishedReferralCannotBeCancelled() throws Exception {
        UUID id = referralOf.get(PartnerCode.RSD);

        mvc.perform(post("/api/referrals/{id}/cancel", id)
                        .with(coordinator())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/referrals/{id}/cancel", id)
                        .with(coordinator())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Moved away.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CANCELLED"))
                .andExpect(jsonPath("$.timeline[2].actor").value("coordinator-1"));
        mvc.perform(post("/api/referrals/{id}/cancel", id)
                        .with(coordinator())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Again.\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentStatus").value("CANCELLED"));
        mvc.perform(get("/api/referrals")
                        .param("partner", "RSD")
                        .param("status", "CANCELLED")
                        .param("size", "100")
                        .with(coordinator()))
                .andExpect(jsonPath("$.items[*].referralId", hasItem(id.toString())));
        mvc.perform(get("/api/referrals/{id}", UUID.randomUUID()).with(coordinator()))
                .andExpect(status().isNotFound());
    }

    @Test
    void thePartnersTimelineShowsItsOwnNotesButNotWhoActedNorTheMunicipalitysReason() throws Exception {
        UUID id = received(PartnerCode.SAMEN_OPLOPEN);
        act(PartnerCode.SAMEN_OPLOPEN, id, "accept", "{\"reason\":\"Buddy found, first walk on Monday.\"}")
                .andExpect(status().isOk());
        mvc.perform(post("/api/referrals/{id}/cancel", id)
                        .with(coordinator())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Moved to Utrecht with her sister.\"}"))
                .andExpect(status().isOk());

        mvc.perform(get("/api/partner/referrals/{id}", id).with(partner(PartnerCode.SAMEN_OPLOPEN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.timeline[*].to", contains("REQUESTED", "RECEIVED", "ACCEPTED", "CANCELLED")))
                .andExpect(jsonPath("$.timeline[2].note").value("Buddy found, first walk on Monday."))
                .andExpect(jsonPath("$.timeline[2].at").exists())
                .andExpect(jsonPath("$.timeline[3].note").doesNotExist())
                .andExpect(jsonPath("$.timeline[*].actor").isEmpty())
                .andExpect(content().string(not(containsString("Utrecht"))))
                .andExpect(content().string(not(containsString("coordinator-1"))));
        mvc.perform(get("/api/partner/referrals/{id}", id).with(partner(PartnerCode.TAALHUIS)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Buddy found"))));
    }

    @Test
    void theOpenApiDescriptionIsServedWithoutAToken() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/partner/referrals/{id}/{action}']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/referrals/{id}/cancel']").exists());
    }

    @Test
    void thePartnerProfileStillAnswersWithTheTokensOwnEntry() throws Exception {
        mvc.perform(get("/api/partner/profile").with(partner(PartnerCode.CJG)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("CJG"));
    }

    private org.springframework.test.web.servlet.ResultActions act(
            PartnerCode partner, UUID id, String action, String body) throws Exception {
        MockHttpServletRequestBuilder request = post("/api/partner/referrals/{id}/{action}", id, action)
                .with(partner(partner))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
        return mvc.perform(request);
    }

    private UUID requested(PartnerCode partner) {
        Referral referral = Referral.request(TestEvents.issued(partner), UUID.randomUUID(), Instant.now());
        lifecycle.create(referral);
        return referral.id();
    }

    private UUID received(PartnerCode partner) {
        UUID id = requested(partner);
        awaitStatus(id, ReferralStatus.RECEIVED);
        return id;
    }

    private static RequestPostProcessor partner(PartnerCode code) {
        return jwt().jwt(token -> token.subject("partner-" + code.topicSlug()).claim("partner", code.value()))
                .authorities(new SimpleGrantedAuthority("ROLE_PARTNER"));
    }

    private static RequestPostProcessor coordinator() {
        return jwt().jwt(token -> token.subject("coordinator-1"))
                .authorities(new SimpleGrantedAuthority("ROLE_COORDINATOR"));
    }

    private static RequestPostProcessor role(String role) {
        return jwt().authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }
}
