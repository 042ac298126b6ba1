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
import nl.wegwijs.monitoring.MonitoringTestBase;
import nl.wegwijs.monitoring.MutableClock;
import nl.wegwijs.monitoring.timeline.TimelineService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;

/** The portal's inbox reads a partner's deadlines here: only its own referrals, never another partner's. */
class PartnerDeadlinesTest extends MonitoringTestBase {

    private static final String DEADLINES = "/api/partner/deadlines";

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    TimelineService timelines;

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

    private static JwtRequestPostProcessor partner(String code) {
        return jwt().jwt(token -> token.claim("partner", code)).authorities(new SimpleGrantedAuthority("ROLE_PARTNER"));
    }

    private void record(Events referral, ReferralStatus to, String day) {
        Instant at = Instant.parse(day + "T09:00:00Z");
        clock.set(at);
        timelines.record(referral.to(to, at));
    }
}
