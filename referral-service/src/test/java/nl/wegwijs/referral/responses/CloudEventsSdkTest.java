package nl.wegwijs.referral.responses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.message.Encoding;
import io.cloudevents.jackson.JsonFormat;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.cloudevents.kafka.CloudEventSerializer;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wegwijs.contracts.EventJson;
import nl.wegwijs.contracts.EventReader;
import nl.wegwijs.contracts.EventType;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.contracts.Topics;
import nl.wegwijs.contracts.partner.ReferralResponse;
import nl.wegwijs.contracts.partner.ResponseAction;
import nl.wegwijs.contracts.referral.ReferralIssued;
import nl.wegwijs.referral.ReferralServiceTest;
import nl.wegwijs.referral.TestEvents;
import nl.wegwijs.referral.referrals.Referral;
import nl.wegwijs.referral.referrals.ReferralLifecycle;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.utils.KafkaTestUtils;

/** A partner system written with the CloudEvents Java SDK reads its referrals and answers, in either mode. */
class CloudEventsSdkTest extends ReferralServiceTest {

    @Autowired
    ReferralLifecycle lifecycle;

    @Test
    void theSdkReadsAReferralIssuedWithItsDataContentType() {
        Referral referral = Referral.request(TestEvents.issued(PartnerCode.CJG), UUID.randomUUID(), Instant.now());
        lifecycle.create(referral);

        CloudEvent event = readFirst(Topics.partnerReferrals(PartnerCode.CJG), referral.id());

        assertThat(event.getType()).isEqualTo(EventType.REFERRAL_ISSUED.ceType());
        assertThat(event.getSubject()).isEqualTo(referral.id().toString());
        assertThat(event.getDataContentType()).isEqualTo("application/json");
        ReferralIssued issued = (ReferralIssued) new EventReader()
                .parse(EventType.REFERRAL_ISSUED, event.getData().toBytes());
        assertThat(issued.referralId()).isEqualTo(referral.id());
        assertThat(event.getId()).isEqualTo(issued.eventId().toString());
    }

    @ParameterizedTest
    @EnumSource(Encoding.class)
    void aResponseSentWithTheSdkIsApplied(Encoding encoding) throws Exception {
        UUID id = receivedReferral(PartnerCode.SAMEN_OPLOPEN);
        ReferralResponse accepted = TestEvents.response(id, PartnerCode.SAMEN_OPLOPEN, ResponseAction.ACCEPTED);
        CloudEvent answer = CloudEventBuilder.v1()
                .withId(accepted.eventId().toString())
                .withType(EventType.REFERRAL_RESPONSE.ceType())
                .withSource(URI.create("/partners/samen-oplopen"))
                .withSubject(id.toString())
                .withTime(accepted.occurredAt().atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(EventJson.write(accepted))
                .build();

        Map<String, Object> props = KafkaTestUtils.producerProps(kafka);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class);
        props.put(CloudEventSerializer.ENCODING_CONFIG, encoding);
        props.put(CloudEventSerializer.EVENT_FORMAT_CONFIG, JsonFormat.CONTENT_TYPE);
        try (KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(props)) {
            producer.send(new ProducerRecord<>(
                            Topics.partnerResponses(PartnerCode.SAMEN_OPLOPEN), id.toString(), answer))
                    .get();
        }

        assertThat(awaitStatus(id, ReferralStatus.ACCEPTED).timeline())
                .extracting(entry -> entry.actor())
                .contains("partner-employee-1");
    }

    private CloudEvent readFirst(String topic, UUID key) {
        Map<String, Object> props = KafkaTestUtils.consumerProps(kafka, "sdk-" + UUID.randomUUID(), false);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, CloudEventDeserializer.class);
        List<CloudEvent> found = new ArrayList<>();
        try (KafkaConsumer<String, CloudEvent> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            await().atMost(WAIT).until(() -> {
                for (ConsumerRecord<String, CloudEvent> record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.toString().equals(record.key())) {
                        found.add(record.value());
                    }
                }
                return !found.isEmpty();
            });
        }
        return found.get(0);
    }

    private UUID receivedReferral(PartnerCode partner) {
        Referral referral = Referral.request(TestEvents.issued(partner), UUID.randomUUID(), Instant.now());
        lifecycle.create(referral);
        awaitStatus(referral.id(), ReferralStatus.RECEIVED);
        return referral.id();
    }
}
