package nl.wegwijs.intake.statuses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wegwijs.contracts.CloudEventHeaders;
import nl.wegwijs.contracts.DeclineReason;
import nl.wegwijs.contracts.EventJson;
import nl.wegwijs.contracts.EventType;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.contracts.Topics;
import nl.wegwijs.contracts.Urgency;
import nl.wegwijs.contracts.referral.ReferralStatusChanged;
import nl.wegwijs.intake.IntakeTestBase;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import tools.jackson.databind.JsonNode;

/** The newcomer view shows each referral's status as the referral service publishes it, through the real consumer. */
class ReferralStatusReadModelTest extends IntakeTestBase {

    private static final Instant T1 = Instant.parse("2026-11-28T10:01:00Z");
    private static final Instant T2 = Instant.parse("2026-11-28T11:00:00Z");
    private static final Instant T3 = Instant.parse("2026-11-29T09:30:00Z");

    @Autowired
    ReferralStatuses statuses;

    @Test
    void eachReferralShowsItsLatestStatusWithWhenAndWhyAndRequestedBeforeAnyArrives() throws Exception {
        UUID id = recordIntake();
        List<UUID> refs = referralIds(id);
        UUID rsd = refs.get(0);
        UUID taalhuis = refs.get(1);

        publish(changed(id, rsd, 1, null, ReferralStatus.REQUESTED, T1, null, null));
        publish(changed(id, rsd, 2, ReferralStatus.REQUESTED, ReferralStatus.RECEIVED, T2, null, null));
        publish(changed(id, rsd, 3, ReferralStatus.RECEIVED, ReferralStatus.CANCELLED, T3, "Double referral.", null));
        publish(changed(id, rsd, 2, ReferralStatus.REQUESTED, ReferralStatus.RECEIVED, T2, null, null));
        // Taalhuis: the second change arrives first, the first one late; the late one changes nothing.
        publish(changed(
                id,
                taalhuis,
                2,
                ReferralStatus.REQUESTED,
                ReferralStatus.REJECTED,
                T2,
                "Already in a course.",
                DeclineReason.ALREADY_SUPPORTED_ELSEWHERE));
        publish(changed(id, taalhuis, 1, null, ReferralStatus.REQUESTED, T1, null, null));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> statuses.of(List.of(taalhuis, rsd)).size() == 2
                        && statuses.of(List.of(rsd)).get(rsd).status() == ReferralStatus.CANCELLED);
        publish(changed(id, refs.get(2), 1, null, ReferralStatus.REQUESTED, T1, null, null));
        await().atMost(Duration.ofSeconds(30)).until(() -> statuses.of(refs).size() == 3);

        mvc.perform(get("/api/newcomers/{id}", id).with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.referrals[0].status").value("CANCELLED"))
                .andExpect(jsonPath("$.referrals[0].statusChangedAt").value(T3.toString()))
                .andExpect(jsonPath("$.referrals[0].statusReason").value("Double referral."))
                .andExpect(jsonPath("$.referrals[1].status").value("REJECTED"))
                .andExpect(jsonPath("$.referrals[1].statusChangedAt").value(T2.toString()))
                .andExpect(jsonPath("$.referrals[1].statusReasonCode").value("ALREADY_SUPPORTED_ELSEWHERE"))
                .andExpect(jsonPath("$.referrals[2].status").value("REQUESTED"))
                .andExpect(jsonPath("$.referrals[2].statusChangedAt").value(T1.toString()));
    }

    @Test
    void beforeAnyStatusAReferralIsRequestedAndOneCancelledHereIsCancelledAtOnce() throws Exception {
        UUID id = recordIntake();
        List<UUID> refs = referralIds(id);
        mvc.perform(post("/api/newcomers/{id}/referrals/{r}/cancel", id, refs.get(1))
                        .with(coordinator())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"Found a buddy herself.\"}"))
                .andExpect(status().isOk());

        mvc.perform(get("/api/newcomers/{id}", id).with(intakeOfficer()))
                .andExpect(jsonPath("$.referrals[0].status").value("REQUESTED"))
                .andExpect(jsonPath("$.referrals[0].statusChangedAt").value(NOW.toString()))
                .andExpect(jsonPath("$.referrals[1].status").value("CANCELLED"))
                .andExpect(jsonPath("$.referrals[1].statusReason").value("Found a buddy herself."));
    }

    /** ADR 26: the consumer reads a poll at a time; a poison record inside it must not hold back or drop the rest. */
    @Test
    void aMalformedRecordInsideAPollGoesToTheDeadLetterTopicAloneAndTheRestOfThePollIsApplied() throws Exception {
        UUID id = recordIntake();
        List<UUID> refs = referralIds(id);
        UUID before = refs.get(0);
        UUID after = refs.get(1);
        String poison = "{\"not\": \"a status\"}";

        // One producer, one flush: the three records reach the consumer in one poll.
        send(List.of(
                record(changed(id, before, 1, null, ReferralStatus.REQUESTED, T1, null, null)),
                record(
                        after.toString(),
                        EventType.of(ReferralStatusChanged.class).ceType(),
                        poison),
                record(changed(id, after, 1, null, ReferralStatus.REQUESTED, T1, null, null))));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> statuses.of(List.of(before, after)).size() == 2);
        try (var consumer = consumer()) {
            var partition = new org.apache.kafka.common.TopicPartition(STATUS_DLQ, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            List<String> deadLetters = new java.util.ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200))
                        .forEach(r -> deadLetters.add(new String(r.value(), StandardCharsets.UTF_8)));
                return !deadLetters.isEmpty();
            });
            consumer.poll(Duration.ofSeconds(1))
                    .forEach(r -> deadLetters.add(new String(r.value(), StandardCharsets.UTF_8)));
            assertThat(deadLetters).as("only the poison record, once").containsExactly(poison);
        }
    }

    @Test
    void afterErasureTheReasonsAreGoneAndLaterChangesAreIgnored() throws Exception {
        UUID id = recordIntake();
        UUID rsd = referralIds(id).get(0);
        statuses.applyAll(List.of(changed(id, rsd, 1, null, ReferralStatus.REQUESTED, T1, null, null)));
        statuses.applyAll(List.of(
                changed(id, rsd, 2, ReferralStatus.REQUESTED, ReferralStatus.FAILED, T2, "Moved to Utrecht.", null)));
        statuses.applyAll(List.of(
                changed(id, rsd, 2, ReferralStatus.REQUESTED, ReferralStatus.REJECTED, T3, "Redelivered.", null)));
        assertThat(statuses.of(List.of(rsd)).get(rsd).status())
                .as("a redelivered sequence changes nothing")
                .isEqualTo(ReferralStatus.FAILED);

        mvc.perform(delete("/api/newcomers/{id}", id).with(intakeOfficer())).andExpect(status().isNoContent());

        statuses.applyAll(List.of(changed(id, rsd, 3, null, ReferralStatus.CANCELLED, T3, "Erased.", null)));
        assertThat(statuses.of(List.of(rsd)).get(rsd).status())
                .as("a change after the erasure")
                .isEqualTo(ReferralStatus.FAILED);
        for (Document d :
                mongo.getCollection(ReferralStatuses.COLLECTION).find(new Document("newcomerId", id.toString()))) {
            assertThat(d.toJson()).doesNotContain("Moved to Utrecht.", "Redelivered.", "Erased.");
        }
    }

    private List<UUID> referralIds(UUID newcomer) throws Exception {
        JsonNode view = body(mvc.perform(get("/api/newcomers/{id}", newcomer).with(intakeOfficer()))
                .andReturn());
        return view.get("referrals")
                .valueStream()
                .map(r -> UUID.fromString(r.get("referralId").asString()))
                .toList();
    }

    private static ReferralStatusChanged changed(
            UUID newcomer,
            UUID referral,
            long sequence,
            ReferralStatus from,
            ReferralStatus to,
            Instant at,
            String reason,
            DeclineReason code) {
        return new ReferralStatusChanged(
                UUID.randomUUID(),
                at,
                "GM0355",
                referral,
                newcomer,
                PartnerCode.RSD,
                from,
                to,
                sequence,
                Urgency.NORMAL,
                "partner-rsd",
                reason,
                code,
                null);
    }

    private void publish(ReferralStatusChanged event) {
        send(List.of(record(event)));
    }

    private static ProducerRecord<String, byte[]> record(ReferralStatusChanged event) {
        return record(
                event.referralId().toString(),
                event.type().ceType(),
                new String(EventJson.write(event), StandardCharsets.UTF_8));
    }

    private static ProducerRecord<String, byte[]> record(String key, String ceType, String payload) {
        ProducerRecord<String, byte[]> record =
                new ProducerRecord<>(Topics.REFERRAL_STATUS_CHANGED, key, payload.getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.TYPE, ceType.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private void send(List<ProducerRecord<String, byte[]>> records) {
        Map<String, Object> props = KafkaTestUtils.producerProps(kafka);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 100);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props)) {
            var sent = records.stream().map(producer::send).toList();
            producer.flush();
            for (var result : sent) {
                result.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
