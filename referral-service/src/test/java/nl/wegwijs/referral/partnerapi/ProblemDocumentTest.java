package nl.wegwijs.referral.partnerapi;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.referral.ReferralServiceTest;
import nl.wegwijs.referral.TestEvents;
import nl.wegwijs.referral.referrals.Referral;
import nl.wegwijs.referral.referrals.ReferralLifecycle;
import nl.wegwijs.support.web.BodySizeLimit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Malformed input answers a problem naming the field, in the client's terms: no Java or library names. */
class ProblemDocumentTest extends ReferralServiceTest {

    @Autowired
    ReferralLifecycle lifecycle;

    @Test
    void aMalformedBodyNamesTheFieldWithoutJavaOrLibraryNames() throws Exception {
        UUID id = received(PartnerCode.CJG);

        decline(id, "{\"reasonCode\":\"MAYBE\"}")
                .andExpect(badRequestNaming("reasonCode"))
                .andExpect(jsonPath("$.errors[0].message", containsString("NO_CAPACITY")));
        decline(id, "{\"reasonCode\":\"NO_CAPACITY\",\"colour\":\"red\"}").andExpect(badRequestNaming("colour"));
        act(id, "waitlist", "{\"expectedStart\":\"next spring\"}").andExpect(badRequestNaming("expectedStart"));
        act(id, "waitlist", "{\"waitWeeks\":\"many\"}").andExpect(badRequestNaming("waitWeeks"));

        awaitStatus(id, ReferralStatus.RECEIVED);
    }

    /**
     * What an attacker sent (issue 17): a reason over the body limit, a NUL in a text, a count as 1.5 or as "2", a
     * page beyond any list. Each is refused naming the field, and the referral is left as it was.
     */
    @Test
    void oversizedBodiesControlCharactersCoercedNumbersAndHugePagesAreRefused() throws Exception {
        UUID id = received(PartnerCode.CJG);

        decline(id, "{\"reasonCode\":\"OTHER\",\"reason\":\"" + "x".repeat(BodySizeLimit.DEFAULT_MAX_BYTES) + "\"}")
                .andExpect(status().is(413))
                .andExpect(jsonPath("$.errors[0].field").value("body"));
        decline(id, "{\"reasonCode\":\"OTHER\",\"reason\":\"moved\\u0000away\"}")
                .andExpect(badRequestNaming("reason"))
                .andExpect(jsonPath("$.errors[0].message").value("mag geen stuurtekens bevatten"));
        act(id, "waitlist", "{\"waitWeeks\":1.5}")
                .andExpect(badRequestNaming("waitWeeks"))
                .andExpect(jsonPath("$.errors[0].message").value("moet een geheel getal zijn"));
        act(id, "waitlist", "{\"waitWeeks\":\"2\"}").andExpect(badRequestNaming("waitWeeks"));
        mvc.perform(get("/api/partner/referrals").param("page", "2147483647").with(partner()))
                .andExpect(badRequestNaming("page"));

        mvc.perform(get("/api/partner/referrals/{id}", id).with(partner()))
                .andExpect(jsonPath("$.status").value("RECEIVED"));
    }

    @Test
    void aMalformedPathParameterNamesIt() throws Exception {
        mvc.perform(get("/api/partner/referrals/{id}", "not-a-uuid").with(partner()))
                .andExpect(badRequestNaming("id"));
    }

    @Test
    void aDeclineForReasonOtherNeedsATextSayingWhy() throws Exception {
        UUID id = received(PartnerCode.CJG);

        decline(id, "{\"reasonCode\":\"OTHER\"}").andExpect(badRequestNaming("reason"));
        decline(id, "{\"reasonCode\":\"OTHER\",\"reason\":\"  \"}").andExpect(badRequestNaming("reason"));
        mvc.perform(get("/api/partner/referrals/{id}", id).with(partner()))
                .andExpect(jsonPath("$.status").value("RECEIVED"));

        decline(id, "{\"reasonCode\":\"OTHER\",\"reason\":\"The family moved to Utrecht.\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REJECTED"));
    }

    private static ResultMatcher badRequestNaming(String field) {
        return result -> {
            status().isBadRequest().match(result);
            content().contentTypeCompatibleWith("application/problem+json").match(result);
            jsonPath("$.errors[0].field").value(field).match(result);
            for (String internal :
                    new String[] {"java.", "com.fasterxml", "tools.jackson", "nl.wegwijs", "Exception"}) {
                content().string(not(containsString(internal))).match(result);
            }
        };
    }

    private ResultActions decline(UUID id, String body) throws Exception {
        return act(id, "decline", body);
    }

    private ResultActions act(UUID id, String action, String body) throws Exception {
        return mvc.perform(post("/api/partner/referrals/{id}/{action}", id, action)
                .with(partner())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private UUID received(PartnerCode partner) {
        Referral referral = Referral.request(TestEvents.issued(partner), UUID.randomUUID(), Instant.now());
        lifecycle.create(referral);
        awaitStatus(referral.id(), ReferralStatus.RECEIVED);
        return referral.id();
    }

    private static RequestPostProcessor partner() {
        return jwt().jwt(token -> token.subject("partner-cjg").claim("partner", PartnerCode.CJG.value()))
                .authorities(new SimpleGrantedAuthority("ROLE_PARTNER"));
    }

    /** Problems are Dutch unless the client asks for English, field messages included (ADR 14). */
    @Test
    void problemsAreInDutchByDefaultAndInEnglishByAcceptLanguage() throws Exception {
        UUID id = received(PartnerCode.CJG);

        decline(id, "{\"reasonCode\":\"OTHER\"}")
                .andExpect(badRequestNaming("reason"))
                .andExpect(jsonPath("$.title").value("Ongeldig verzoek"))
                .andExpect(jsonPath("$.detail").value("Het verzoek mist wat deze stap nodig heeft."))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("een afwijzing met reden OTHER heeft een tekst nodig die zegt waarom"));
        mvc.perform(post("/api/partner/referrals/{id}/decline", id)
                        .with(partner())
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reasonCode\":\"OTHER\"}"))
                .andExpect(badRequestNaming("reason"))
                .andExpect(jsonPath("$.title").value("Bad Request"))
                .andExpect(jsonPath("$.detail").value("The request lacks what this step needs."))
                .andExpect(jsonPath("$.errors[0].message").value("a decline for reason OTHER needs a text saying why"));
        mvc.perform(get("/api/partner/referrals/{id}", "not-a-uuid")
                        .with(partner())
                        .header("Accept-Language", "en"))
                .andExpect(badRequestNaming("id"))
                .andExpect(jsonPath("$.errors[0].message").value("must be a UUID"));
        mvc.perform(get("/api/partner/referrals").header("Accept-Language", "en"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("Unauthorized"))
                .andExpect(jsonPath("$.detail").value("A valid bearer token is required."));
    }
}
