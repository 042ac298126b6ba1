package nl.wegwijs.monitoring.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.monitoring.Events;
import nl.wegwijs.monitoring.ScriptedTimelinesTestBase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ContactExpectationsTest extends ScriptedTimelinesTestBase {

    @Test
    void expectedContactFollowsThePartnersPickUpTimesOfTheLastSixMonthsInWorkingDays() throws Exception {
        // September and October 2033 have no holidays (1 September 2033 is a Thursday). CJG picked up five referrals
        // 1, 2, 3, 4 and 8 working days after receipt (nearest rank: median 3, p90 8); one slow pick-up in March is
        // older than six months.
        UUID newcomer = UUID.randomUUID();
        Events cjg = new Events(PartnerCode.CJG, newcomer);
        record(cjg, ReferralStatus.REQUESTED, "2033-10-03");
        record(cjg, ReferralStatus.RECEIVED, "2033-10-03");
        int waitlistedBefore =
                expectationOf(newcomer, cjg.referralId()).get("waitlistedNow").asInt();

        // The referral picked up after 3 working days stays on the waiting list.
        for (String pickedUpOn : List.of("2033-09-06", "2033-09-07", "2033-09-08", "2033-09-09", "2033-09-15")) {
            Events picked = new Events(PartnerCode.CJG);
            record(picked, ReferralStatus.REQUESTED, "2033-09-05");
            record(picked, ReferralStatus.RECEIVED, "2033-09-05");
            boolean waits = pickedUpOn.equals("2033-09-08");
            record(picked, waits ? ReferralStatus.WAITLISTED : ReferralStatus.ACCEPTED, pickedUpOn);
        }
        Events old = new Events(PartnerCode.CJG);
        record(old, ReferralStatus.REQUESTED, "2033-01-10");
        record(old, ReferralStatus.RECEIVED, "2033-01-10");
        record(old, ReferralStatus.ACCEPTED, "2033-03-07");
        // Sociaal Team has a single recent pick-up: too little history, so its SLA (5 working days) stands.
        Events single = new Events(PartnerCode.SOCIAAL_TEAM);
        record(single, ReferralStatus.REQUESTED, "2033-09-05");
        record(single, ReferralStatus.ACCEPTED, "2033-09-06");
        Events team = new Events(PartnerCode.SOCIAAL_TEAM, newcomer);
        record(team, ReferralStatus.REQUESTED, "2033-10-03");
        record(team, ReferralStatus.RECEIVED, "2033-10-04");

        clock.set(Instant.parse("2033-10-04T12:00:00Z"));
        JsonNode fromHistory = expectationOf(newcomer, cjg.referralId());
        assertThat(fromHistory.get("enoughHistory").asBoolean()).isTrue();
        assertThat(fromHistory.get("pickUpsInHistory").asInt()).isEqualTo(5);
        assertThat(fromHistory.get("pickUpMedianWorkingDays").asInt()).isEqualTo(3);
        assertThat(fromHistory.get("pickUpP90WorkingDays").asInt()).isEqualTo(8);
        // Received Monday 3 October: 3 working days is Thursday 6 October, 8 working days Thursday 13 October.
        assertThat(fromHistory.get("expectedContactFrom").asString()).isEqualTo("2033-10-06");
        assertThat(fromHistory.get("expectedContactBy").asString()).isEqualTo("2033-10-13");
        assertThat(fromHistory.get("waitlistedNow").asInt()).isEqualTo(waitlistedBefore + 1);

        JsonNode fromSla = expectationOf(newcomer, team.referralId());
        assertThat(fromSla.get("enoughHistory").asBoolean()).isFalse();
        assertThat(fromSla.get("pickUpsInHistory").asInt()).isEqualTo(1);
        assertThat(fromSla.get("pickUpMedianWorkingDays").isNull()).isTrue();
        assertThat(fromSla.get("expectedContactFrom").isNull()).isTrue();
        assertThat(fromSla.get("expectedContactBy").asString()).isEqualTo("2033-10-11");
    }

    @Test
    void aPickedUpReferralExpectsNoContactDateAndAPartnerCannotAsk() throws Exception {
        UUID newcomer = UUID.randomUUID();
        Events accepted = new Events(PartnerCode.RSD, newcomer);
        record(accepted, ReferralStatus.REQUESTED, "2033-11-07");
        record(accepted, ReferralStatus.ACCEPTED, "2033-11-08");

        JsonNode expectation = expectationOf(newcomer, accepted.referralId());
        assertThat(expectation.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(expectation.get("expectedContactBy").isNull()).isTrue();

        mvc.perform(get("/api/reports/contact-expectations")
                        .param("newcomerId", newcomer.toString())
                        .with(role("PARTNER")))
                .andExpect(status().isForbidden());
    }

    private JsonNode expectationOf(UUID newcomer, UUID referral) throws Exception {
        String body = mvc.perform(get("/api/reports/contact-expectations")
                        .param("newcomerId", newcomer.toString())
                        .with(role("INTAKE")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        for (JsonNode item : json.readTree(body)) {
            if (item.get("referralId").asString().equals(referral.toString())) {
                return item;
            }
        }
        throw new AssertionError("no expectation for " + referral + " in " + body);
    }
}
