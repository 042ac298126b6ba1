package nl.wegwijs.referral.erasure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import nl.wegwijs.contracts.CloudEventHeaders;
import nl.wegwijs.contracts.DeclineReason;
import nl.wegwijs.contracts.EventType;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.contracts.Topics;
import nl.wegwijs.contracts.intake.NewcomerErased;
import nl.wegwijs.contracts.intake.NewcomerProfiled;
import nl.wegwijs.contracts.intake.ReferralDecision;
import nl.wegwijs.contracts.partner.ReferralResponse;
import nl.wegwijs.contracts.partner.ResponseAction;
import nl.wegwijs.contracts.referral.ReferralWithdrawn;
import nl.wegwijs.referral.ReferralServiceTest;
import nl.wegwijs.referral.TestEvents;
import nl.wegwijs.referral.inbox.Inbox;
import nl.wegwijs.referral.referrals.Referral;
import nl.wegwijs.referral.referrals.ReferralLifecycle;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ErasureTest extends ReferralServiceTest {

    @Autowired
    Inbox inbox;

    @Test
    void anErasedNewcomersOpenReferralsAreWithdrawnFromTheirPartnersAndTheirDataLeavesReferralsAndInboxes() {
        NewcomerProfiled profiled = TestEvents.profiled();
        publish(Topics.NEWCOMER_PROFILED, profiled);
        profiled.referrals().forEach(decision -> awaitStatus(decision.referralId(), ReferralStatus.RECEIVED));

        publish(
                Topics.NEWCOMER_ERASED,
                new NewcomerErased(UUID.randomUUID(), Instant.now(), TestEvents.MUNICIPALITY, profiled.newcomerId()));

        for (ReferralDecision decision : profiled.referrals()) {
            await().atMost(WAIT)
                    .until(() ->
                            referrals.find(decision.referralId()).orElseThrow().partnerView() == null);
            Referral erased = referrals.find(decision.referralId()).orElseThrow();
            assertThat(erased.status()).isEqualTo(ReferralStatus.CANCELLED);
            assertThat(erased.timeline()).hasSize(3);
            Inbox.Entry entry = inbox.find(decision.referralId()).orElseThrow();
            assertThat(entry.referral()).isNull();
            assertThat(entry.receivedAt()).isNotNull();
            // The partner is told, with no more than the reason code.
            ReferralWithdrawn withdrawn = event(
                    awaitRecords(
                                    Topics.partnerReferrals(decision.partner()),
                                    record -> keyed(decision.referralId()).test(record)
                                            && EventType.REFERRAL_WITHDRAWN
                                                    .ceType()
                                                    .equals(header(record, CloudEventHeaders.TYPE)),
                                    1)
                            .get(0),
                    ReferralWithdrawn.class);
            assertThat(withdrawn.reason()).isEqualTo(ReferralLifecycle.ERASED);
        }
    }

    /** A partner's response, which may name the person in its free text, leaves the responses topic once applied. */
    @Test
    void afterAnErasureThePartnersAppliedResponsesLeaveTheirTopic() throws Exception {
        NewcomerProfiled profiled = TestEvents.profiled();
        publish(Topics.NEWCOMER_PROFILED, profiled);
        ReferralDecision decision = profiled.referrals().get(0);
        awaitStatus(decision.referralId(), ReferralStatus.RECEIVED);
        String topic = Topics.partnerResponses(decision.partner());
        publish(
                topic,
                new ReferralResponse(
                        UUID.randomUUID(),
                        Instant.now(),
                        TestEvents.MUNICIPALITY,
                        UUID.randomUUID(),
                        decision.referralId(),
                        decision.partner(),
                        ResponseAction.DECLINED,
                        DeclineReason.OTHER,
                        "Spoke with Amal Darwish's brother",
                        null,
                        null,
                        "employee"));
        awaitStatus(decision.referralId(), ReferralStatus.REJECTED);
        ConsumerRecord<String, byte[]> response =
                awaitRecords(topic, keyed(decision.referralId()), 1).get(0);
        TopicPartition partition = new TopicPartition(topic, response.partition());

        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBrokersAsString()))) {
            await().atMost(WAIT).until(() -> committed(admin, partition) > response.offset());
            assertThat(earliest(admin, partition)).as("kept until an erasure").isLessThanOrEqualTo(response.offset());

            publish(
                    Topics.NEWCOMER_ERASED,
                    new NewcomerErased(
                            UUID.randomUUID(), Instant.now(), TestEvents.MUNICIPALITY, profiled.newcomerId()));

            await().atMost(WAIT).until(() -> earliest(admin, partition) > response.offset());
        }
    }

    private static long committed(Admin admin, TopicPartition partition) throws Exception {
        OffsetAndMetadata offset = admin.listConsumerGroupOffsets("referral-service")
                .partitionsToOffsetAndMetadata()
                .get()
                .get(partition);
        return offset == null ? -1 : offset.offset();
    }

    private static long earliest(Admin admin, TopicPartition partition) throws Exception {
        return admin.listOffsets(Map.of(partition, OffsetSpec.earliest()))
                .partitionResult(partition)
                .get()
                .offset();
    }
}
