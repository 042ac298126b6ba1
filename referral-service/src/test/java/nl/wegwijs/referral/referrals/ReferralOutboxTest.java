package nl.wegwijs.referral.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.UUID;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.contracts.Topics;
import nl.wegwijs.referral.ReferralServiceTest;
import nl.wegwijs.referral.TestEvents;
import nl.wegwijs.support.outbox.OutboxRelay;
import nl.wegwijs.support.outbox.OutboxSweep;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

class ReferralOutboxTest extends ReferralServiceTest {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    OutboxSweep sweep;

    @Autowired
    OutboxRelay relay;

    @Autowired
    ReferralLifecycle lifecycle;

    @Test
    void eventsThatACrashLeftInTheDocumentArePublishedByTheSweepAndThenRemoved() {
        Referral referral = Referral.request(TestEvents.issued(PartnerCode.CJG), UUID.randomUUID(), Instant.now());
        mongo.insert(referral); // stored with its events, never relayed: as after a crash

        sweep.sweep();

        assertThat(awaitRecords(Topics.partnerReferrals(PartnerCode.CJG), keyed(referral.id()), 1))
                .hasSize(1);
        awaitStatus(referral.id(), ReferralStatus.RECEIVED);
        awaitNothingPending(referral.id());
    }

    @Test
    void anAcknowledgementThatReadsTheReferralBeforeTheRelayRemovedItsEventDoesNotPublishItAgain() {
        Referral referral = Referral.request(TestEvents.issued(PartnerCode.RSD), UUID.randomUUID(), Instant.now());
        mongo.insert(referral);

        relay.publish(referral.id(), referral.pendingEvents()); // the save's own run, still waiting for the broker
        lifecycle.acknowledge(referral.id(), "partner-rsd"); // reads ReferralIssued in pendingEvents

        awaitStatus(referral.id(), ReferralStatus.RECEIVED);
        awaitNothingPending(referral.id());
        assertThat(awaitRecords(Topics.partnerReferrals(PartnerCode.RSD), keyed(referral.id()), 1))
                .as("ReferralIssued sent once")
                .hasSize(1);
        assertThat(awaitRecords(Topics.REFERRAL_STATUS_CHANGED, keyed(referral.id()), 2))
                .as("REQUESTED and RECEIVED, once each")
                .hasSize(2);
    }

    private void awaitNothingPending(UUID id) {
        await().atMost(WAIT)
                .until(() -> referrals.find(id).orElseThrow().pendingEvents().isEmpty());
    }
}
