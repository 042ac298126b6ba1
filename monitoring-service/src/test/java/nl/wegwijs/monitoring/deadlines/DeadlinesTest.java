package nl.wegwijs.monitoring.deadlines;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.monitoring.Events;
import nl.wegwijs.monitoring.ScriptedTimelinesTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;

/**
 * The portal's inbox reads a partner's deadlines here (only its own referrals, never another partner's), and the
 * newcomer page the deadlines of that newcomer's referrals.
 */
class DeadlinesTest extends ScriptedTimelinesTestBase {

    private static final String DEADLINES = "/api/partner/deadlines";
    private static final String OF_REFERRALS = "/api/referrals/deadlines";

    @Test
    void aPartnerSeesTheDeadlinesOfItsOwnOpenReferralsOnlyAndWhenTheyPass() throws Exception {
        // Monday 1 February 2027, no holidays that month.
        Events rsd = new Events(PartnerCode.RSD);
        record(rsd, ReferralStatus.REQUESTED, "2027-02-01");
        Events cjg = new Events(PartnerCode.CJG);
        record(cjg, ReferralStatus.REQUESTED, "2027-02-01");
        String rsdRow = "$[?(@.referralId == '" + rsd.referralId() + "')]";

        mvc.perform(get(DEADLINES).with(partner("RSD")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].referralId", hasItem(rsd.referralId().toString())))
                .andExpect(
                        jsonPath("$[*].referralId", not(hasItem(cjg.referralId().toString()))))
                .andExpect(jsonPath(rsdRow + ".passed").value(false))
                .andExpect(jsonPath(rsdRow + ".overdueWorkingDays").value(0));
        mvc.perform(get(DEADLINES).with(partner("CJG")))
                .andExpect(jsonPath("$[*].referralId", hasItem(cjg.referralId().toString())))
                .andExpect(
                        jsonPath("$[*].referralId", not(hasItem(rsd.referralId().toString()))));

        clock.set(Instant.parse("2027-03-01T09:00:00Z"));
        mvc.perform(get(DEADLINES).with(partner("RSD")))
                .andExpect(jsonPath(rsdRow + ".passed").value(true));
    }

    @Test
    void onlyAPartnerWhoseTokenNamesItMayAsk() throws Exception {
        mvc.perform(get(DEADLINES)).andExpect(status().isUnauthorized());
        mvc.perform(get(DEADLINES).with(jwt().authorities(new SimpleGrantedAuthority("ROLE_COORDINATOR"))))
                .andExpect(status().isForbidden());
        mvc.perform(get(DEADLINES).with(jwt().authorities(new SimpleGrantedAuthority("ROLE_PARTNER"))))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Het token noemt geen partner."));
        mvc.perform(get(DEADLINES)
                        .with(jwt().authorities(new SimpleGrantedAuthority("ROLE_PARTNER")))
                        .header("Accept-Language", "en"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("The token names no partner."));
    }

    @Test
    void theMunicipalityReadsTheDeadlinesOfTheReferralsItNames() throws Exception {
        Events rsd = new Events(PartnerCode.RSD);
        record(rsd, ReferralStatus.REQUESTED, "2027-02-01");
        Events cjg = new Events(PartnerCode.CJG);
        record(cjg, ReferralStatus.REQUESTED, "2027-02-01");
        Events closed = new Events(PartnerCode.CJG);
        record(closed, ReferralStatus.REQUESTED, "2027-02-01");
        record(closed, ReferralStatus.REJECTED, "2027-02-02");

        mvc.perform(get(OF_REFERRALS)
                        .param("referralId", rsd.referralId().toString())
                        .param("referralId", closed.referralId().toString())
                        .with(role("INTAKE")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].referralId").value(rsd.referralId().toString()))
                .andExpect(jsonPath("$[0].phase").value("ACKNOWLEDGE"))
                .andExpect(jsonPath("$[0].deadline").exists());
        mvc.perform(get(OF_REFERRALS)
                        .param("referralId", cjg.referralId().toString())
                        .with(role("COORDINATOR")))
                .andExpect(jsonPath("$[0].referralId").value(cjg.referralId().toString()));
    }

    @Test
    void referralDeadlinesAreTheMunicipalitysAndAskedForByValidIds() throws Exception {
        mvc.perform(get(OF_REFERRALS).param("referralId", "not-an-id").with(role("INTAKE")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("referralId"));
        mvc.perform(get(OF_REFERRALS).with(role("INTAKE"))).andExpect(status().isBadRequest());
        mvc.perform(get(OF_REFERRALS)
                        .param("referralId", java.util.UUID.randomUUID().toString())
                        .with(partner("RSD")))
                .andExpect(status().isForbidden());
    }

    private static JwtRequestPostProcessor partner(String code) {
        return jwt().jwt(token -> token.claim("partner", code)).authorities(new SimpleGrantedAuthority("ROLE_PARTNER"));
    }
}
