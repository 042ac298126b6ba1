package nl.wegwijs.monitoring.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.ReferralFailureReason;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.contracts.intake.FollowUpScheduled;
import nl.wegwijs.monitoring.Events;
import nl.wegwijs.monitoring.ScriptedTimelinesTestBase;
import nl.wegwijs.monitoring.sla.FollowUpTimers;
import nl.wegwijs.monitoring.sla.SlaScanner;
import nl.wegwijs.monitoring.sla.TimerStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import tools.jackson.databind.JsonNode;

class ReportsTest extends ScriptedTimelinesTestBase {

    private static final String WINDOW = "/api/reports/partners?from=2027-02-01&to=2027-02-28";

    @Autowired
    FollowUpTimers followUps;

    @Autowired
    SlaScanner scanner;

    @Autowired
    TimerStore timers;

    @Test
    void partnerReportOverAScriptedSetGivesTheExpectedCountsAndPercentilesAndCsvAgreesWithJson() throws Exception {
        // February 2027 has no holidays; Monday 1 February. Working days: acknowledge A1 B2 C5 E3, pick up A2 B3 C1 E0.
        Events a = new Events(PartnerCode.SAMEN_OPLOPEN);
        record(a, ReferralStatus.REQUESTED, "2027-02-01");
        record(a, ReferralStatus.RECEIVED, "2027-02-02");
        record(a, ReferralStatus.ACCEPTED, "2027-02-04");
        record(a, ReferralStatus.IN_PROGRESS, "2027-02-08");
        record(a, ReferralStatus.COMPLETED, "2027-02-20");
        Events b = new Events(PartnerCode.SAMEN_OPLOPEN);
        record(b, ReferralStatus.REQUESTED, "2027-02-01");
        record(b, ReferralStatus.RECEIVED, "2027-02-03");
        record(b, ReferralStatus.WAITLISTED, "2027-02-08");
        Events c = new Events(PartnerCode.SAMEN_OPLOPEN);
        record(c, ReferralStatus.REQUESTED, "2027-02-01");
        record(c, ReferralStatus.RECEIVED, "2027-02-08");
        record(c, ReferralStatus.REJECTED, "2027-02-09");
        Events d = new Events(PartnerCode.SAMEN_OPLOPEN);
        record(d, ReferralStatus.REQUESTED, "2027-02-01");
        Events e = new Events(PartnerCode.SAMEN_OPLOPEN);
        record(e, ReferralStatus.REQUESTED, "2027-02-02");
        record(e, ReferralStatus.ACCEPTED, "2027-02-05");
        record(e, ReferralStatus.CANCELLED, "2027-02-10");
        Events outside = new Events(PartnerCode.SAMEN_OPLOPEN);
        record(outside, ReferralStatus.REQUESTED, "2027-03-15");

        JsonNode row = partnerRow(mvc.perform(get(WINDOW).with(coordinator()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(row.get("referred").asInt()).isEqualTo(5);
        assertThat(row.get("received").asInt()).isEqualTo(4);
        assertThat(row.get("accepted").asInt()).isEqualTo(2);
        assertThat(row.get("waitlisted").asInt()).isEqualTo(1);
        assertThat(row.get("rejected").asInt()).isEqualTo(1);
        assertThat(row.get("inProgress").asInt()).isEqualTo(1);
        assertThat(row.get("completed").asInt()).isEqualTo(1);
        assertThat(row.get("cancelled").asInt()).isEqualTo(1);
        assertThat(row.get("failed").asInt()).isZero();
        assertThat(row.get("acknowledgeMedianWorkingDays").asInt()).isEqualTo(2);
        assertThat(row.get("acknowledgeP90WorkingDays").asInt()).isEqualTo(5);
        assertThat(row.get("pickUpMedianWorkingDays").asInt()).isEqualTo(1);
        assertThat(row.get("pickUpP90WorkingDays").asInt()).isEqualTo(3);

        String csv = mvc.perform(get(WINDOW).with(coordinator()).accept("text/csv"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Map<String, String> csvRow = csvRow(csv, "SAMEN_OPLOPEN");
        csvRow.forEach((column, value) -> assertThat(value)
                .as(column)
                .isEqualTo(row.get(column).isNull() ? "" : row.get(column).asString()));
        assertThat(csvRow).hasSize(row.size());
    }

    @Test
    void regieOverlegListsStalledReferralsWithLevelAndOverdueDaysAndOverdueFollowUps() throws Exception {
        Events stuck = new Events(PartnerCode.RSD);
        record(stuck, ReferralStatus.REQUESTED, "2028-01-10");
        UUID newcomer = UUID.randomUUID();
        followUps.scheduled(new FollowUpScheduled(
                UUID.randomUUID(),
                Instant.parse("2027-07-10T09:00:00Z"),
                "GM0355",
                newcomer,
                1,
                LocalDate.of(2028, 1, 10)));
        // Acknowledge deadline Wednesday 12 January; 20 working days of grace for the follow-up end 7 February.
        // A scan that starts late catches up one level per tick.
        clock.set(Instant.parse("2028-02-08T09:00:00Z"));
        scanner.tick();
        scanner.tick();
        scanner.tick();

        mvc.perform(get("/api/reports/regie-overleg").with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stalledReferrals[?(@.referralId == '%s')].level", stuck.referralId())
                        .value(3))
                .andExpect(
                        jsonPath("$.stalledReferrals[?(@.referralId == '%s')].overdueWorkingDays", stuck.referralId())
                                .value(18))
                .andExpect(jsonPath("$.overdueFollowUps[?(@.newcomerId == '%s')].followUpNumber", newcomer)
                        .value(1));
        String csv = mvc.perform(
                        get("/api/reports/regie-overleg").with(coordinator()).accept("text/csv"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(csv)
                .startsWith(AgendaItem.CSV_HEADER)
                .contains(stuck.referralId().toString(), newcomer.toString());
    }

    @Test
    void regieOverlegListsAFailedReferralWithItsReasonUntilThePartnerIsReferredAgainAndArmsNoTimer() throws Exception {
        Events failed = new Events(PartnerCode.TAALHUIS);
        timelines.record(failed.failed(ReferralFailureReason.NO_CONSENT, Instant.parse("2028-03-06T10:00:00Z")));
        clock.set(Instant.parse("2028-03-20T09:00:00Z"));
        scanner.tick();

        String item = "$.failedReferrals[?(@.referralId == '%s')]";
        mvc.perform(get("/api/reports/regie-overleg").with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(jsonPath(item + ".kind", failed.referralId()).value("FAILED_REFERRAL"))
                .andExpect(jsonPath(item + ".partner", failed.referralId()).value("TAALHUIS"))
                .andExpect(
                        jsonPath(item + ".failureReason", failed.referralId()).value("NO_CONSENT"))
                .andExpect(jsonPath(item + ".dueDate", failed.referralId()).value("2028-03-06"))
                .andExpect(jsonPath("$.stalledReferrals[?(@.referralId == '%s')]", failed.referralId())
                        .isEmpty());
        assertThat(timers.find(failed.referralId().toString())).isEmpty();
        String csv = mvc.perform(
                        get("/api/reports/regie-overleg").with(coordinator()).accept("text/csv"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(csv)
                .contains("FAILED_REFERRAL,TAALHUIS," + failed.referralId())
                .contains(",NO_CONSENT\r\n");

        Events again = new Events(PartnerCode.TAALHUIS, failed.newcomerId());
        timelines.record(again.to(ReferralStatus.REQUESTED, Instant.parse("2028-03-21T10:00:00Z")));

        mvc.perform(get("/api/reports/regie-overleg").with(coordinator()))
                .andExpect(jsonPath(item, failed.referralId()).isEmpty());
    }

    @Test
    void reportsNeedTheCoordinatorRole() throws Exception {
        mvc.perform(get(WINDOW)).andExpect(status().isUnauthorized());
        mvc.perform(get(WINDOW).with(jwt().authorities(new SimpleGrantedAuthority("ROLE_PARTNER"))))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void anInvalidOrReversedDateIsRefusedNamingTheParameter() throws Exception {
        mvc.perform(get("/api/reports/partners?from=2027-13-01").with(coordinator()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"))
                .andExpect(content().string(not(containsString("java."))))
                .andExpect(content().string(not(containsString("Exception"))));
        mvc.perform(get("/api/reports/partners?from=2027-03-01&to=2027-02-01").with(coordinator()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("from"));
    }

    @Test
    void theSlaPoliciesStayAvailable() throws Exception {
        mvc.perform(get("/api/sla-policies").with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].partner").value("RSD"));
    }

    private JsonNode partnerRow(String body) {
        for (JsonNode row : json.readTree(body).get("partners")) {
            if (row.get("partner").asString().equals("SAMEN_OPLOPEN")) {
                return row;
            }
        }
        throw new AssertionError("no SAMEN_OPLOPEN row in " + body);
    }

    private static Map<String, String> csvRow(String csv, String partner) {
        List<String> lines = csv.lines().toList();
        String[] header = lines.get(0).split(",", -1);
        String[] values = lines.stream()
                .filter(line -> line.startsWith(partner + ","))
                .findFirst()
                .orElseThrow()
                .split(",", -1);
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < header.length; i++) {
            row.put(header[i], values[i]);
        }
        assertThat(values).hasSize(header.length);
        return row;
    }

    /** Problems are Dutch unless the client asks for English, field messages and the 403 included (ADR 14). */
    @Test
    void problemsAreInDutchByDefaultAndInEnglishByAcceptLanguage() throws Exception {
        String reversed = "/api/reports/partners?from=2027-03-01&to=2027-02-01";
        mvc.perform(get(reversed).with(coordinator()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Ongeldig verzoek"))
                .andExpect(jsonPath("$.detail").value("Het verzoek heeft ongeldige invoer."))
                .andExpect(jsonPath("$.errors[0].field").value("from"))
                .andExpect(jsonPath("$.errors[0].message").value("mag niet na to liggen"));
        mvc.perform(get(reversed).with(coordinator()).header("Accept-Language", "en"))
                .andExpect(jsonPath("$.title").value("Bad Request"))
                .andExpect(jsonPath("$.detail").value("The request has invalid input."))
                .andExpect(jsonPath("$.errors[0].field").value("from"))
                .andExpect(jsonPath("$.errors[0].message").value("must not be after to"));
        mvc.perform(get("/api/reports/partners?from=2027-13-01")
                        .with(coordinator())
                        .header("Accept-Language", "en"))
                .andExpect(jsonPath("$.errors[0].field").value("from"))
                .andExpect(jsonPath("$.errors[0].message").value("must be a date such as 2026-03-31"));
        mvc.perform(get(WINDOW).with(jwt().authorities(new SimpleGrantedAuthority("ROLE_PARTNER"))))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Geen toegang"))
                .andExpect(jsonPath("$.detail").value("Uw rol staat dit verzoek niet toe."));
    }
}
