package nl.wegwijs.intake.newcomers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.Topics;
import nl.wegwijs.contracts.intake.FollowUpScheduled;
import nl.wegwijs.contracts.intake.NewcomerProfiled;
import nl.wegwijs.contracts.intake.ReferralDecision;
import nl.wegwijs.intake.IntakeTestBase;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

class IntakePublishingTest extends IntakeTestBase {

    @Test
    void postedIntakeIsPublishedAsNewcomerProfiledWithEveryReferralAndCloudEventsHeaders() throws Exception {
        MvcResult result = mvc.perform(postIntake(validRequest()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/newcomers/")))
                .andReturn();
        JsonNode created = body(result);
        UUID id = UUID.fromString(created.get("newcomerId").asString());
        awaitOutboxEmpty();

        List<ConsumerRecord<String, byte[]>> records = records(Topics.NEWCOMER_PROFILED, id);
        assertThat(records).hasSize(1);
        ConsumerRecord<String, byte[]> record = records.get(0);
        NewcomerProfiled event = (NewcomerProfiled) event(record);
        assertThat(record.key()).isEqualTo(id.toString());
        assertThat(ceHeader(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(ceHeader(record, "ce_type")).isEqualTo("nl.wegwijs.intake.NewcomerProfiled.v1");
        assertThat(ceHeader(record, "ce_source")).isEqualTo("/wegwijs/intake");
        assertThat(ceHeader(record, "ce_id")).isEqualTo(event.eventId().toString());
        assertThat(ceHeader(record, "ce_subject")).isEqualTo(id.toString());
        assertThat(ceHeader(record, "ce_time")).isEqualTo(NOW.toString());

        assertThat(event.municipality()).isEqualTo("GM0355");
        assertThat(event.profile().name().givenNames()).isEqualTo("Amal");
        assertThat(event.profile().languages()).containsExactly("ar", "en", "prs");
        assertThat(event.profile()
                        .consentFor(PartnerCode.TAALHUIS)
                        .orElseThrow()
                        .recordedBy())
                .as("a consent without recordedBy is recorded by the officer of the token")
                .isEqualTo("officer-mjansen");
        assertThat(event.referrals())
                .extracting(ReferralDecision::partner)
                .containsExactly(PartnerCode.RSD, PartnerCode.TAALHUIS, PartnerCode.CJG);
        List<String> responseIds = created.get("referrals")
                .valueStream()
                .map(r -> r.get("referralId").asString())
                .toList();
        assertThat(event.referrals()).extracting(r -> r.referralId().toString()).containsExactlyElementsOf(responseIds);
    }

    @Test
    void intakeOn31AugustSchedulesThreeFollowUpsAtMonthEnds() throws Exception {
        UUID id = recordIntake();
        awaitOutboxEmpty();

        List<FollowUpScheduled> scheduled = records(Topics.FOLLOW_UPS, id).stream()
                .map(r -> (FollowUpScheduled) event(r))
                .toList();

        assertThat(scheduled)
                .extracting(FollowUpScheduled::number, FollowUpScheduled::dueDate)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, LocalDate.parse("2027-02-28")),
                        org.assertj.core.groups.Tuple.tuple(2, LocalDate.parse("2028-02-29")),
                        org.assertj.core.groups.Tuple.tuple(3, LocalDate.parse("2030-02-28")));
        mvc.perform(get("/api/newcomers/{id}/follow-ups", id).with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].dueDate").value("2027-02-28"))
                .andExpect(jsonPath("$[2].dueDate").value("2030-02-28"));
    }

    @Test
    void sameIdempotencyKeyTwiceMakesOneNewcomerAndOneEvent() throws Exception {
        String key = "retry-" + UUID.randomUUID();
        long before = mongo.getCollection("newcomers").countDocuments();

        JsonNode first = body(mvc.perform(postIntake(validRequest()).header("Idempotency-Key", key))
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "false"))
                .andReturn());
        JsonNode second = body(mvc.perform(postIntake(validRequest()).header("Idempotency-Key", key))
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andReturn());
        awaitOutboxEmpty();

        assertThat(second).isEqualTo(first);
        assertThat(mongo.getCollection("newcomers").countDocuments()).isEqualTo(before + 1);
        UUID id = UUID.fromString(first.get("newcomerId").asString());
        assertThat(records(Topics.NEWCOMER_PROFILED, id)).hasSize(1);
        assertThat(records(Topics.FOLLOW_UPS, id)).hasSize(3);
    }

    @Test
    void sameIdempotencyKeyWithAnotherBodyIsRefusedNamingTheHeader() throws Exception {
        String key = "retry-" + UUID.randomUUID();
        mvc.perform(postIntake(validRequest()).header("Idempotency-Key", key)).andExpect(status().isCreated());

        mvc.perform(postIntake(validRequest().replace("Amal", "Samira")).header("Idempotency-Key", key))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
    }
}
