package nl.wegwijs.monitoring;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.time.Instant;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.monitoring.timeline.TimelineService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** A test that scripts referrals' timelines on the test clock and then asks the service's API as a role. */
public abstract class ScriptedTimelinesTestBase extends MonitoringTestBase {

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected MutableClock clock;

    @Autowired
    protected TimelineService timelines;

    @Autowired
    protected JsonMapper json;

    /** The referral moves to {@code to} at {@code at}: an instant, or a day (at 09:00 UTC). */
    protected void record(Events referral, ReferralStatus to, String at) {
        Instant instant = Instant.parse(at.length() == 10 ? at + "T09:00:00Z" : at);
        clock.set(instant);
        timelines.record(referral.to(to, instant));
    }

    protected static JwtRequestPostProcessor role(String role) {
        return jwt().authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }

    protected static JwtRequestPostProcessor coordinator() {
        return role("COORDINATOR");
    }
}
