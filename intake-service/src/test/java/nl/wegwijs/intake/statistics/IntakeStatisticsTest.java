package nl.wegwijs.intake.statistics;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import nl.wegwijs.intake.IntakeTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * Statistics for the coordinator's report. Two intakes of March 2025, a month no other test uses; their first
 * follow-up conversations are due on 12 September 2025, one held on 15 September.
 */
class IntakeStatisticsTest extends IntakeTestBase {

    @Test
    void intakesByCountryAndFollowUpsHeldAndOverdueInThePeriodErasedOrNot() throws Exception {
        UUID syrian = intake("Haddad", "SY");
        UUID eritrean = intake("Tesfaye", "ER");
        hold(syrian, "2025-09-15");
        assertCounts();

        // Erased, the Syrian is counted from the anonymous intake kept apart (issue 17).
        mvc.perform(delete("/api/newcomers/{id}", syrian).with(intakeOfficer())).andExpect(status().isNoContent());
        assertCounts();
    }

    private void assertCounts() throws Exception {
        mvc.perform(get("/api/statistics/intakes?from=2025-03-01&to=2025-03-31").with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intakes").value(2))
                .andExpect(jsonPath("$.intakesByCountryOfOrigin.SY").value(1))
                .andExpect(jsonPath("$.intakesByCountryOfOrigin.ER").value(1))
                .andExpect(jsonPath("$.followUpsDue").value(0));
        mvc.perform(get("/api/statistics/intakes?from=2025-09-01&to=2025-09-30").with(intakeOfficer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intakes").value(0))
                .andExpect(jsonPath("$.followUpsDue").value(2))
                .andExpect(jsonPath("$.followUpsHeld").value(1))
                .andExpect(jsonPath("$.followUpsOverdue").value(1));
    }

    @Test
    void aReversedPeriodIsRefusedAndAPartnerMayNotAsk() throws Exception {
        mvc.perform(get("/api/statistics/intakes?from=2025-04-01&to=2025-03-01").with(coordinator()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"))
                .andExpect(jsonPath("$.errors[0].message").value("mag niet na to liggen"));
        mvc.perform(get("/api/statistics/intakes?from=2025-03-01&to=2025-03-31").with(partner("RSD")))
                .andExpect(status().isForbidden());
    }

    private UUID intake(String familyName, String country) throws Exception {
        String body = firstIntakeOf(familyName)
                .replace("\"2026-08-31\"", "\"2025-03-12\"")
                .replace("\"2026-09-10\"", "\"2025-03-01\"")
                .replace("\"SY\"", "\"" + country + "\"");
        return UUID.fromString(body(mvc.perform(postIntake(body))
                        .andExpect(status().isCreated())
                        .andReturn())
                .get("newcomerId")
                .asString());
    }

    private void hold(UUID newcomer, String heldOn) throws Exception {
        JsonNode referrals = body(mvc.perform(
                                get("/api/newcomers/{id}", newcomer).with(intakeOfficer()))
                        .andReturn())
                .get("referrals");
        String reviews = String.join(
                ",",
                referrals
                        .valueStream()
                        .map(r ->
                                "{\"referralId\": \"" + r.get("referralId").asString() + "\", \"pickUp\": \"NOT_YET\"}")
                        .toList());
        String held = "{\"heldOn\": \"" + heldOn + "\", \"pillars\": {\"language\": {\"level\": \"A1\","
                + " \"supportReceived\": true}, \"socialNetwork\": {\"contactsWithResidents\": 2},"
                + " \"participation\": \"VOLUNTEERING\", \"knowingTheWay\": {\"activitiesJoined\": [],"
                + " \"satisfied\": true}}, \"referralReviews\": [" + reviews + "]}";
        mvc.perform(post("/api/newcomers/{id}/follow-ups/1", newcomer)
                        .with(intakeOfficer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(held))
                .andExpect(status().isOk());
    }
}
