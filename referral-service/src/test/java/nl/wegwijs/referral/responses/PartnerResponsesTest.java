package nl.wegwijs.referral.responses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import nl.wegwijs.contracts.DeclineReason;
import nl.wegwijs.contracts.EventType;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.contracts.Topics;
import nl.wegwijs.contracts.partner.ReferralResponse;
import nl.wegwijs.contracts.partner.ResponseAction;
import nl.wegwijs.referral.ReferralServiceTest;
import nl.wegwijs.referral.TestEvents;
import nl.wegwijs.referral.referrals.Referral;
import nl.wegwijs.referral.referrals.ReferralLifecycle;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

class PartnerResponsesTest extends ReferralServiceTest {

    @Autowired
    ReferralLifecycle lifecycle;

    @Autowired
    MongoTemplate mongo;

    @Test
    void theSameResponseTwiceIsAppliedOnce() {
        UUID id = receivedReferral(PartnerCode.RSD);
        ReferralResponse accepted = TestEvents.response(id, PartnerCode.RSD, ResponseAction.ACCEPTED);

        respond(accepted);
        respond(accepted);
        respond(TestEvents.response(id, PartnerCode.RSD, ResponseAction.STARTED));

        Referral started = awaitStatus(id, ReferralStatus.IN_PROGRESS);
        assertThat(started.sequence()).isEqualTo(4);
        assertThat(started.timeline())
                .extracting(entry -> entry.to())
                .containsExactly(
                        ReferralStatus.REQUESTED,
                        ReferralStatus.RECEIVED,
                        ReferralStatus.ACCEPTED,
                        ReferralStatus.IN_PROGRESS);
        assertThat(started.timeline().get(2).actor()).isEqualTo("partner-employee-1");
    }

    @Test
    void aForgedResponseOnRsdsTopicAboutATaalhuisReferralIsRefused() {
        UUID taalhuisReferral = receivedReferral(PartnerCode.TAALHUIS);
        ReferralResponse forged = TestEvents.response(taalhuisReferral, PartnerCode.RSD, ResponseAction.DECLINED);

        respond(forged);

        await().atMost(WAIT)
                .until(() -> mongo.findById(forged.responseId().toString(), Document.class, SecurityEvents.COLLECTION)
                        != null);
        assertThat(referrals.find(taalhuisReferral).orElseThrow().status()).isEqualTo(ReferralStatus.RECEIVED);
    }

    @Test
    void aResponseNamingAnotherPartnerThanItsTopicIsRefused() {
        UUID taalhuisReferral = receivedReferral(PartnerCode.TAALHUIS);
        ReferralResponse forged = TestEvents.response(taalhuisReferral, PartnerCode.TAALHUIS, ResponseAction.DECLINED);

        publish(Topics.partnerResponses(PartnerCode.CJG), forged);

        await().atMost(WAIT)
                .until(() -> mongo.findById(forged.responseId().toString(), Document.class, SecurityEvents.COLLECTION)
                        != null);
        assertThat(referrals.find(taalhuisReferral).orElseThrow().status()).isEqualTo(ReferralStatus.RECEIVED);
    }

    @Test
    void aForbiddenTransitionIsRecordedAsRefusedAndNotApplied() {
        UUID id = receivedReferral(PartnerCode.CJG);
        ReferralResponse completed = TestEvents.response(id, PartnerCode.CJG, ResponseAction.COMPLETED);

        respond(completed);

        await().atMost(WAIT)
                .until(() -> !referrals.find(id).orElseThrow().refusals().isEmpty());
        Referral referral = referrals.find(id).orElseThrow();
        assertThat(referral.status()).isEqualTo(ReferralStatus.RECEIVED);
        assertThat(referral.refusals())
                .singleElement()
                .satisfies(refusal -> assertThat(refusal.responseId())
                        .isEqualTo(completed.responseId().toString()));
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheNextRecordIsApplied() {
        UUID id = receivedReferral(PartnerCode.TAALHUIS);
        String topic = Topics.partnerResponses(PartnerCode.TAALHUIS);

        publishRaw(
                topic,
                id.toString(),
                EventType.REFERRAL_RESPONSE.ceType(),
                "{\"responseId\": \"Fatima Haddad\"}".getBytes(StandardCharsets.UTF_8));
        ReferralResponse declined = new ReferralResponse(
                UUID.randomUUID(),
                Instant.now(),
                TestEvents.MUNICIPALITY,
                UUID.randomUUID(),
                id,
                PartnerCode.TAALHUIS,
                ResponseAction.DECLINED,
                DeclineReason.ALREADY_SUPPORTED_ELSEWHERE,
                null,
                null,
                null,
                "taalhuis-employee");
        respond(declined);

        var deadLetters = awaitRecords(Topics.dlq(topic, "referral-service"), keyed(id), 1);
        assertThat(deadLetters).hasSize(1);
        // Why, without the record's values: a dead letter outlives the newcomer's erasure (ADR 25).
        assertThat(deadLetters.get(0).headers())
                .extracting(header -> new String(header.value(), StandardCharsets.UTF_8))
                .anyMatch(value -> value.contains("at responseId: not a valid UUID"))
                .noneMatch(value -> value.contains("Fatima"));
        assertThat(awaitStatus(id, ReferralStatus.REJECTED).timeline().get(2).reasonCode())
                .isEqualTo(DeclineReason.ALREADY_SUPPORTED_ELSEWHERE);
    }

    private void respond(ReferralResponse response) {
        publish(Topics.partnerResponses(response.partner()), response);
    }

    private UUID receivedReferral(PartnerCode partner) {
        Referral referral = Referral.request(TestEvents.issued(partner), UUID.randomUUID(), Instant.now());
        lifecycle.create(referral);
        awaitStatus(referral.id(), ReferralStatus.RECEIVED);
        return referral.id();
    }
}
