package nl.wegwijs.referral.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.wegwijs.contracts.CloudEventHeaders;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.contracts.Topics;
import nl.wegwijs.contracts.intake.NewcomerProfiled;
import nl.wegwijs.contracts.intake.ReferralCancelled;
import nl.wegwijs.contracts.intake.ReferralDecision;
import nl.wegwijs.contracts.referral.ReferralIssued;
import nl.wegwijs.contracts.referral.ReferralStatusChanged;
import nl.wegwijs.contracts.referral.ReferralWithdrawn;
import nl.wegwijs.referral.ReferralServiceTest;
import nl.wegwijs.referral.TestEvents;
import nl.wegwijs.referral.referrals.Referral;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RoutingTest extends ReferralServiceTest {

    @Autowired
    MeterRegistry meters;

    @Test
    void oneProfiledWithThreeReferralsReachesThreePartnerTopicsAndTheInboxesAcknowledgeReceipt() {
        NewcomerProfiled profiled = TestEvents.profiled();
        long issuedBefore = intakeToIssued().count();

        publish(Topics.NEWCOMER_PROFILED, profiled);

        for (ReferralDecision decision : profiled.referrals()) {
            ConsumerRecord<String, byte[]> issued = awaitRecords(
                            Topics.partnerReferrals(decision.partner()), keyed(decision.referralId()), 1)
                    .get(0);
            assertThat(event(issued, ReferralIssued.class).partner()).isEqualTo(decision.partner());
            assertThat(header(issued, CloudEventHeaders.TYPE)).isEqualTo("nl.wegwijs.referral.ReferralIssued.v1");
            assertThat(header(issued, CloudEventHeaders.SUBJECT))
                    .isEqualTo(decision.referralId().toString());

            List<ReferralStatusChanged> changes =
                    awaitRecords(Topics.REFERRAL_STATUS_CHANGED, keyed(decision.referralId()), 2).stream()
                            .map(record -> event(record, ReferralStatusChanged.class))
                            .toList();
            assertThat(changes)
                    .extracting(ReferralStatusChanged::sequence, ReferralStatusChanged::to)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(1L, ReferralStatus.REQUESTED),
                            org.assertj.core.groups.Tuple.tuple(2L, ReferralStatus.RECEIVED));
            assertThat(changes.get(1).actor())
                    .isEqualTo("inbox-" + decision.partner().topicSlug());
        }
        assertThat(intakeToIssued().count())
                .isEqualTo(issuedBefore + profiled.referrals().size());
    }

    private Timer intakeToIssued() {
        return meters.get(PipelineLatency.NAME).tag("stage", "intake-to-issued").timer();
    }

    @Test
    void theSameNewcomerProfiledTwiceGivesOneReferralEach() {
        NewcomerProfiled profiled = TestEvents.profiled();

        publish(Topics.NEWCOMER_PROFILED, profiled);
        publish(Topics.NEWCOMER_PROFILED, profiled);

        ReferralDecision last = profiled.referrals().get(2);
        awaitStatus(last.referralId(), ReferralStatus.RECEIVED);
        // The second copy is behind the first on the same partition: once a later record is through, so is it.
        NewcomerProfiled marker = TestEvents.profiled();
        publish(Topics.NEWCOMER_PROFILED, marker);
        // Stored is enough: the inbox may already have moved it on from REQUESTED by the time we look.
        UUID markerReferral = marker.referrals().get(0).referralId();
        await().atMost(WAIT).until(() -> referrals.find(markerReferral).isPresent());

        for (ReferralDecision decision : profiled.referrals()) {
            assertThat(awaitRecords(Topics.partnerReferrals(decision.partner()), keyed(decision.referralId()), 1))
                    .hasSize(1);
        }
        assertThat(referrals.ofNewcomer(profiled.newcomerId())).hasSize(3);
    }

    @Test
    void aCancelledReferralIsWithdrawnOnThePartnerTopic() {
        NewcomerProfiled profiled = TestEvents.profiled();
        publish(Topics.NEWCOMER_PROFILED, profiled);
        ReferralDecision rsd = profiled.referrals().get(0);
        awaitStatus(rsd.referralId(), ReferralStatus.RECEIVED);

        publish(
                Topics.NEWCOMER_PROFILED,
                new ReferralCancelled(
                        UUID.randomUUID(),
                        Instant.now(),
                        TestEvents.MUNICIPALITY,
                        profiled.newcomerId(),
                        rsd.referralId(),
                        rsd.partner(),
                        "Moved to another municipality."));

        Referral cancelled = awaitStatus(rsd.referralId(), ReferralStatus.CANCELLED);
        assertThat(cancelled.sequence()).isEqualTo(3);
        List<ConsumerRecord<String, byte[]>> withdrawn = awaitRecords(
                Topics.partnerReferrals(rsd.partner()),
                record -> keyed(rsd.referralId()).test(record)
                        && "nl.wegwijs.referral.ReferralWithdrawn.v1".equals(header(record, CloudEventHeaders.TYPE)),
                1);
        assertThat(event(withdrawn.get(0), ReferralWithdrawn.class).reason())
                .isEqualTo("Moved to another municipality.");
    }
}
