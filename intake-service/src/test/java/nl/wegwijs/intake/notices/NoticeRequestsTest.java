package nl.wegwijs.intake.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wegwijs.contracts.CloudEventHeaders;
import nl.wegwijs.contracts.DeclineReason;
import nl.wegwijs.contracts.EventJson;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.contracts.Topics;
import nl.wegwijs.contracts.Urgency;
import nl.wegwijs.contracts.intake.MessageChannel;
import nl.wegwijs.contracts.intake.NewcomerNoticeRequested;
import nl.wegwijs.contracts.intake.NoticeKind;
import nl.wegwijs.contracts.referral.ReferralStatusChanged;
import nl.wegwijs.intake.IntakeTestBase;
import nl.wegwijs.intake.statuses.ReferralStatuses;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import tools.jackson.databind.JsonNode;

/**
 * A referral change the newcomer should hear of becomes one notice request on the newcomer's outbox, only with their
 * consent, and with nothing but what the message needs (ADR 23).
 */
class NoticeRequestsTest extends IntakeTestBase {

    private static final Instant AT = Instant.parse("2026-11-28T11:00:00Z");
    private static final LocalDate START = LocalDate.parse("2027-01-11");

    @Autowired
    ReferralStatuses statuses;

    @Test
    void aWaitlistedReferralOfAConsentingNewcomerRequestsOneNoticeWithTheStartAndNothingElse() throws Exception {
        UUID id = recordIntakeWithMessages("EMAIL");
        UUID taalhuis = referralIds(id).get(1);
        ReferralStatusChanged waitlisted = changed(id, taalhuis, 3, ReferralStatus.WAITLISTED, START, null);

        publish(waitlisted);
        publish(waitlisted);
        awaitApplied(taalhuis, ReferralStatus.WAITLISTED);
        awaitOutboxEmpty();

        List<ConsumerRecord<String, byte[]>> notices = records(Topics.NEWCOMER_NOTICES, id);
        assertThat(notices).hasSize(1);
        NewcomerNoticeRequested notice = (NewcomerNoticeRequested) event(notices.get(0));
        assertThat(notice.eventId()).isEqualTo(NewcomerNoticeRequested.idFor(waitlisted.eventId()));
        assertThat(notice.kind()).isEqualTo(NoticeKind.WAITLISTED);
        assertThat(notice.partner()).isEqualTo(PartnerCode.TAALHUIS);
        assertThat(notice.expectedStart()).isEqualTo(START);
        assertThat(notice.language()).isEqualTo("ar");
        assertThat(notice.channel()).isEqualTo(MessageChannel.EMAIL);
        assertThat(notice.address()).isEqualTo("amal.darwish@example.net");
        String payload = new String(notices.get(0).value(), StandardCharsets.UTF_8);
        assertThat(payload).doesNotContain("Amal", "Darwish", "reason", "diabetes", "+31", "Zeist");
    }

    @Test
    void aDeclineByTextMessageCarriesThePhoneButNotThePartnersReason() throws Exception {
        UUID id = recordIntakeWithMessages("SMS");
        UUID rsd = referralIds(id).get(0);

        publish(changed(id, rsd, 3, ReferralStatus.REJECTED, null, "Diabetes needs care first."));
        awaitApplied(rsd, ReferralStatus.REJECTED);
        awaitOutboxEmpty();

        List<ConsumerRecord<String, byte[]>> notices = records(Topics.NEWCOMER_NOTICES, id);
        assertThat(notices).hasSize(1);
        NewcomerNoticeRequested notice = (NewcomerNoticeRequested) event(notices.get(0));
        assertThat(notice.kind()).isEqualTo(NoticeKind.DECLINED);
        assertThat(notice.address()).isEqualTo("+31 6 0000 1742");
        assertThat(new String(notices.get(0).value(), StandardCharsets.UTF_8))
                .doesNotContainIgnoringCase("diabetes")
                .doesNotContain("OTHER");
    }

    @Test
    void withoutConsentOrForAChangeNotWorthNoticingNothingIsRequested() throws Exception {
        UUID withoutConsent = recordIntake();
        UUID rsd = referralIds(withoutConsent).get(0);
        publish(changed(withoutConsent, rsd, 3, ReferralStatus.ACCEPTED, null, null));
        awaitApplied(rsd, ReferralStatus.ACCEPTED);

        UUID consenting = recordIntakeWithMessages("EMAIL");
        UUID cjg = referralIds(consenting).get(2);
        publish(changed(consenting, cjg, 2, ReferralStatus.RECEIVED, null, null));
        awaitApplied(cjg, ReferralStatus.RECEIVED);
        awaitOutboxEmpty();

        assertThat(records(Topics.NEWCOMER_NOTICES, withoutConsent)).isEmpty();
        assertThat(records(Topics.NEWCOMER_NOTICES, consenting)).isEmpty();
    }

    @Test
    void aCorrectionRecordsConsentToMessagesAndRefusesAChannelWithoutItsContactDetail() throws Exception {
        UUID id = recordIntake();

        mvc.perform(patch("/api/newcomers/{id}", id)
                        .with(intakeOfficer())
                        .contentType("application/merge-patch+json")
                        .content("{\"contact\": {\"email\": null}, \"statusMessages\": {\"consent\": true,"
                                + " \"channel\": \"EMAIL\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("statusMessages.channel"));
        mvc.perform(patch("/api/newcomers/{id}", id)
                        .with(intakeOfficer())
                        .contentType("application/merge-patch+json")
                        .content("{\"statusMessages\": {\"consent\": true, \"channel\": \"SMS\"}}"))
                .andExpect(status().isOk());

        mvc.perform(get("/api/newcomers/{id}", id).with(intakeOfficer()))
                .andExpect(jsonPath("$.profile.statusMessages.consent").value(true))
                .andExpect(jsonPath("$.profile.statusMessages.channel").value("SMS"));
    }

    private UUID recordIntakeWithMessages(String channel) throws Exception {
        String body = validRequest()
                .replace(
                        "\"consents\": [",
                        "\"statusMessages\": {\"consent\": true, \"channel\": \"" + channel + "\"}, \"consents\": [");
        JsonNode created = body(
                mvc.perform(postIntake(body)).andExpect(status().isCreated()).andReturn());
        return UUID.fromString(created.get("newcomerId").asString());
    }

    private List<UUID> referralIds(UUID id) throws Exception {
        JsonNode view = body(mvc.perform(get("/api/newcomers/{id}", id).with(intakeOfficer()))
                .andReturn());
        return view.get("referrals")
                .valueStream()
                .map(r -> UUID.fromString(r.get("referralId").asString()))
                .toList();
    }

    private void awaitApplied(UUID referral, ReferralStatus status) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var live = statuses.of(List.of(referral)).get(referral);
            return live != null && live.status() == status;
        });
    }

    private static ReferralStatusChanged changed(
            UUID newcomer, UUID referral, long sequence, ReferralStatus to, LocalDate start, String reason) {
        return new ReferralStatusChanged(
                UUID.randomUUID(),
                AT,
                "GM0355",
                referral,
                newcomer,
                to == ReferralStatus.WAITLISTED ? PartnerCode.TAALHUIS : PartnerCode.RSD,
                ReferralStatus.RECEIVED,
                to,
                sequence,
                Urgency.NORMAL,
                "partner-user",
                reason,
                reason == null ? null : DeclineReason.OTHER,
                start);
    }

    private void publish(ReferralStatusChanged event) {
        Map<String, Object> props = KafkaTestUtils.producerProps(kafka);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props)) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(
                    Topics.REFERRAL_STATUS_CHANGED, event.referralId().toString(), EventJson.write(event));
            record.headers().add(CloudEventHeaders.TYPE, event.type().ceType().getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
