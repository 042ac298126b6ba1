package nl.wegwijs.monitoring.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.monitoring.Events;
import nl.wegwijs.monitoring.ScriptedTimelinesTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import tools.jackson.databind.JsonNode;

/**
 * Open and stalled over time, week by week. Other tests' referrals share the store and are all older, so the test
 * counts what its own two referrals add to the week before them.
 */
class OpenOverTimeTest extends ScriptedTimelinesTestBase {

    private static final String WINDOW = "/api/reports/open-over-time?from=2029-02-04&to=2029-02-20";

    @Test
    void aReferralCountsAsOpenUntilItEndsAndAsStalledOnceItsPhaseDeadlineHasPassed() throws Exception {
        // Monday 5 February 2029. RSD's pick-up deadline, 10 working days, is Monday 19 February.
        Events rsd = new Events(PartnerCode.RSD);
        record(rsd, ReferralStatus.REQUESTED, "2029-02-05T09:00:00Z");
        record(rsd, ReferralStatus.RECEIVED, "2029-02-05T10:00:00Z");
        Events taalhuis = new Events(PartnerCode.TAALHUIS);
        record(taalhuis, ReferralStatus.REQUESTED, "2029-02-05T09:00:00Z");
        record(taalhuis, ReferralStatus.RECEIVED, "2029-02-05T10:00:00Z");
        record(taalhuis, ReferralStatus.ACCEPTED, "2029-02-07T10:00:00Z");
        record(taalhuis, ReferralStatus.IN_PROGRESS, "2029-02-08T10:00:00Z");
        record(taalhuis, ReferralStatus.COMPLETED, "2029-02-16T10:00:00Z");
        clock.set(Instant.parse("2029-02-21T09:00:00Z"));

        JsonNode points = json.readTree(mvc.perform(get(WINDOW).with(coordinator()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

        List<String> dates = new ArrayList<>();
        points.forEach(point -> dates.add(point.get("date").asString()));
        assertThat(dates).containsExactly("2029-02-04", "2029-02-11", "2029-02-18", "2029-02-20");
        int open = points.get(0).get("open").asInt();
        int stalled = points.get(0).get("stalled").asInt();
        assertThat(counts(points.get(1))).containsExactly(open + 2, stalled);
        assertThat(counts(points.get(2))).containsExactly(open + 1, stalled);
        assertThat(counts(points.get(3))).containsExactly(open + 1, stalled + 1);

        String csv = mvc.perform(get(WINDOW).with(coordinator()).accept("text/csv"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(csv)
                .startsWith(OverTimePoint.CSV_HEADER + "\r\n")
                .contains("2029-02-20," + (open + 1) + "," + (stalled + 1) + "\r\n");
    }

    @Test
    void onlyTheCoordinatorReadsIt() throws Exception {
        mvc.perform(get(WINDOW).with(jwt().authorities(new SimpleGrantedAuthority("ROLE_PARTNER"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/reports/open-over-time?from=2029-03-01&to=2029-02-01")
                        .with(coordinator()))
                .andExpect(status().isBadRequest());
    }

    private static List<Integer> counts(JsonNode point) {
        return List.of(point.get("open").asInt(), point.get("stalled").asInt());
    }
}
