package nl.wegwijs.monitoring.reports;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.monitoring.Events;
import nl.wegwijs.monitoring.ScriptedTimelinesTestBase;
import nl.wegwijs.monitoring.sla.SlaScanner;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Agreements of the regie-overleg: recorded per agenda item at a meeting (every six weeks from 13 January 2026 by
 * default; 8 February 2028 is one), shown as this meeting's and, at the next meeting, as the previous one's.
 */
class AgreementsTest extends ScriptedTimelinesTestBase {

    private static final String AGREEMENT = """
            {"who": "RSD, teamleider werk en inkomen", "what": "Belt de nieuwkomer deze week voor een afspraak.",
             "byWhen": "2028-02-15"}""";

    @Autowired
    SlaScanner scanner;

    @Test
    void anAgreementRecordedAtAMeetingIsShownThenAndAgainAtTheNextMeeting() throws Exception {
        Events stuck = stalledRsdReferral();
        String item = "$.stalledReferrals[?(@.referralId == '%s')]";

        mvc.perform(put("/api/reports/regie-overleg/agreements/{item}", stuck.referralId())
                        .with(coordinator())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(AGREEMENT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.meetingDate").value("2028-02-08"))
                .andExpect(jsonPath("$.who").value("RSD, teamleider werk en inkomen"));

        mvc.perform(get("/api/reports/regie-overleg").with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.meetingDate").value("2028-02-08"))
                .andExpect(jsonPath("$.previousMeetingDate").value("2027-12-28"))
                .andExpect(jsonPath(item + ".item", stuck.referralId())
                        .value(stuck.referralId().toString()))
                .andExpect(jsonPath(item + ".agreement.what", stuck.referralId())
                        .value("Belt de nieuwkomer deze week voor een afspraak."))
                .andExpect(jsonPath(item + ".previousAgreement", stuck.referralId())
                        .value(Matchers.contains(Matchers.nullValue())));

        clock.set(Instant.parse("2028-02-09T09:00:00Z"));
        mvc.perform(get("/api/reports/regie-overleg").with(coordinator()))
                .andExpect(jsonPath("$.meetingDate").value("2028-03-21"))
                .andExpect(jsonPath("$.previousMeetingDate").value("2028-02-08"))
                .andExpect(jsonPath(item + ".previousAgreement.byWhen", stuck.referralId())
                        .value("2028-02-15"))
                .andExpect(jsonPath(item + ".previousAgreement.meetingDate", stuck.referralId())
                        .value("2028-02-08"))
                .andExpect(jsonPath(item + ".agreement", stuck.referralId())
                        .value(Matchers.contains(Matchers.nullValue())));
    }

    @Test
    void anIncompleteAgreementOrOneForSomethingNotOnTheAgendaIsRefusedNamingTheField() throws Exception {
        Events stuck = stalledRsdReferral();
        mvc.perform(put("/api/reports/regie-overleg/agreements/{item}", stuck.referralId())
                        .with(coordinator())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"who\": \" \", \"what\": \"Bellen\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("who", "byWhen")));
        mvc.perform(put("/api/reports/regie-overleg/agreements/{item}", stuck.referralId())
                        .with(coordinator())
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(AGREEMENT.replace("2028-02-15", "2028-02-01")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("byWhen"))
                .andExpect(jsonPath("$.errors[0].message").value("must not be in the past"));
        mvc.perform(put("/api/reports/regie-overleg/agreements/{item}", "follow-up:not-on-the-agenda:1")
                        .with(coordinator())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(AGREEMENT))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("item"))
                .andExpect(jsonPath("$.errors[0].message").value("staat niet op de agenda van het regie-overleg"));
    }

    @Test
    void onlyTheCoordinatorRecordsAgreements() throws Exception {
        Events stuck = stalledRsdReferral();
        for (String role : new String[] {"PARTNER", "INTAKE"}) {
            mvc.perform(put("/api/reports/regie-overleg/agreements/{item}", stuck.referralId())
                            .with(jwt().authorities(new SimpleGrantedAuthority("ROLE_" + role)))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(AGREEMENT))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(put("/api/reports/regie-overleg/agreements/{item}", stuck.referralId())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(AGREEMENT))
                .andExpect(status().isUnauthorized());
    }

    /** Requested Monday 10 January 2028, never acknowledged; on Tuesday 8 February, a meeting day, it is at level 3. */
    private Events stalledRsdReferral() {
        Events stuck = new Events(PartnerCode.RSD);
        clock.set(Instant.parse("2028-01-10T09:00:00Z"));
        timelines.record(stuck.to(ReferralStatus.REQUESTED, Instant.parse("2028-01-10T09:00:00Z")));
        clock.set(Instant.parse("2028-02-08T09:00:00Z"));
        scanner.tick();
        scanner.tick();
        scanner.tick();
        return stuck;
    }
}
