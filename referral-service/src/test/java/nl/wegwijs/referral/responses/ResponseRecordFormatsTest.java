package nl.wegwijs.referral.responses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.wegwijs.contracts.CloudEventHeaders;
import nl.wegwijs.contracts.EventJson;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.contracts.Topics;
import nl.wegwijs.contracts.partner.ReferralResponse;
import nl.wegwijs.contracts.partner.ResponseAction;
import nl.wegwijs.referral.ReferralServiceTest;
import nl.wegwijs.referral.TestEvents;
import nl.wegwijs.referral.referrals.Referral;
import nl.wegwijs.referral.referrals.ReferralLifecycle;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.test.utils.KafkaTestUtils;

/** Responses as a partner's plain Kafka client writes them: any contentType header, binary or structured mode. */
class ResponseRecordFormatsTest extends ReferralServiceTest {

    @Autowired
    ReferralLifecycle lifecycle;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MeterRegistry meters;

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(
            strings = {
                "",
                "contentType=application/json",
                "contentType=\"application/json\"",
                "contentType=text/plain",
                "content-type=application/json"
            })
    void aBinaryModeResponseIsAppliedWhateverContentTypeHeaderCameWithIt(String contentType) {
        UUID id = receivedReferral(PartnerCode.RSD);
        ReferralResponse accepted = TestEvents.response(id, PartnerCode.RSD, ResponseAction.ACCEPTED);
        Map<String, String> headers = new LinkedHashMap<>(CloudEventHeaders.of(accepted, "/partners/rsd"));
        headers.remove(CloudEventHeaders.CONTENT_TYPE);
        if (!contentType.isEmpty()) {
            String[] header = contentType.split("=", 2);
            headers.put(header[0], header[1]); // as kcat -H name=value sends it: raw bytes
        }

        send(Topics.partnerResponses(PartnerCode.RSD), id, headers, EventJson.write(accepted));

        assertThat(awaitStatus(id, ReferralStatus.ACCEPTED).timeline()).hasSize(3);
    }

    @Test
    void aStructuredModeResponseIsApplied() {
        UUID id = receivedReferral(PartnerCode.TAALHUIS);
        ReferralResponse accepted = TestEvents.response(id, PartnerCode.TAALHUIS, ResponseAction.ACCEPTED);
        String envelope = "{\"specversion\":\"1.0\",\"id\":\"" + accepted.eventId()
                + "\",\"type\":\"nl.wegwijs.partner.ReferralResponse.v1\",\"source\":\"/partners/taalhuis\","
                + "\"subject\":\"" + id + "\",\"datacontenttype\":\"application/json\",\"data\":"
                + new String(EventJson.write(accepted), StandardCharsets.UTF_8) + "}";

        send(
                Topics.partnerResponses(PartnerCode.TAALHUIS),
                id,
                Map.of(CloudEventHeaders.CONTENT_TYPE, "application/cloudevents+json; charset=UTF-8"),
                envelope.getBytes(StandardCharsets.UTF_8));

        awaitStatus(id, ReferralStatus.ACCEPTED);
    }

    @ParameterizedTest(name = "ce_type {0}")
    @NullSource
    @ValueSource(strings = {"nl.example.Unknown.v1", "nl.wegwijs.referral.ReferralIssued.v1"})
    void aRecordThatIsNoResponseIsCountedAndRecordedAsRefused(String type) {
        UUID key = UUID.randomUUID();
        String reason = type == null
                ? UnreadableRecords.MISSING_TYPE
                : type.startsWith("nl.wegwijs") ? UnreadableRecords.NOT_A_RESPONSE : UnreadableRecords.UNKNOWN_TYPE;
        double before = unreadable(reason);
        Map<String, String> headers = type == null ? Map.of() : Map.of(CloudEventHeaders.TYPE, type);
        byte[] issued = EventJson.write(TestEvents.issued(PartnerCode.CJG)); // valid, of a known type or not

        send(Topics.partnerResponses(PartnerCode.CJG), key, headers, issued);

        await().atMost(WAIT).until(() -> unreadable(reason) > before);
        Document refused = mongo.findOne(
                Query.query(Criteria.where("key").is(key.toString())), Document.class, SecurityEvents.COLLECTION);
        assertThat(refused).isNotNull();
        assertThat(refused.getString("topic")).isEqualTo(Topics.partnerResponses(PartnerCode.CJG));
        assertThat(refused.getString("why")).isEqualTo(reason);
    }

    private double unreadable(String reason) {
        return meters.get(UnreadableRecords.NAME)
                .tag("partner", "CJG")
                .tag("reason", reason)
                .counter()
                .count();
    }

    /** A real producer, headers as raw bytes, as a partner's own client writes them. */
    private void send(String topic, UUID key, Map<String, String> headers, byte[] payload) {
        Map<String, Object> props = KafkaTestUtils.producerProps(kafka);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props)) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key.toString(), payload);
            headers.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private UUID receivedReferral(PartnerCode partner) {
        Referral referral = Referral.request(TestEvents.issued(partner), UUID.randomUUID(), Instant.now());
        lifecycle.create(referral);
        awaitStatus(referral.id(), ReferralStatus.RECEIVED);
        return referral.id();
    }
}
