package nl.wegwijs.referral.coordinator;

import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The intake officer reads the referrals and their timelines, and changes none. */
class IntakeReadAccessTest extends ReferralServiceTest {

    @Autowired
    ReferralLifecycle lifecycle;

    @Test
    void theIntakeOfficerReadsReferralsAndTimelinesButCannotCancel() throws Exception {
        Referral referral = Referral.request(TestEvents.issued(PartnerCode.CJG), UUID.randomUUID(), Instant.now());
        lifecycle.create(referral);
        UUID id = referral.id();

        mvc.perform(get("/api/referrals/{id}", id).with(intakeOfficer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.timeline[0].to").value("REQUESTED"));
        mvc.perform(get("/api/referrals").param("partner", "CJG").with(intakeOfficer()))
                .andExpect(status().isOk());
        mvc.perform(post("/api/referrals/{id}/cancel", id)
                        .with(intakeOfficer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"Not mine to cancel.\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/referrals/{id}", id).with(intakeOfficer()))
                .andExpect(jsonPath("$.status").value(not(ReferralStatus.CANCELLED.name())));
    }

    private static RequestPostProcessor intakeOfficer() {
        return jwt().jwt(token -> token.subject("officer-mjansen"))
                .authorities(new SimpleGrantedAuthority("ROLE_INTAKE"));
    }
}
