package nl.wegwijs.referral.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import nl.wegwijs.contracts.EventType;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.contracts.Topics;
import nl.wegwijs.contracts.referral.ReferralStatusChanged;
import nl.wegwijs.referral.ReferralServiceTest;
import nl.wegwijs.referral.TestEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** The inbox's acknowledgement of a referral this process just created reads nothing first (ADR 33). */
class AcknowledgementTest extends ReferralServiceTest {

    @Autowired
    ReferralLifecycle lifecycle;

    @Autowired
    MongoTemplate mongo;

    @Test
    void anAcknowledgementRightAfterTheCreationRecordsReceivedWithoutReadingTheReferral() {
        Referral referral = created(PartnerCode.RSD);

        lifecycle.acknowledge(referral.id(), "inbox-rsd");

        assertThat(readsById.of(referral.id())).as("reads of the referral").isZero();
        Referral stored = awaitStatus(referral.id(), ReferralStatus.RECEIVED);
        assertThat(stored.sequence()).isEqualTo(2);
        assertThat(stored.timeline())
                .extracting(TimelineEntry::to)
                .containsExactly(ReferralStatus.REQUESTED, ReferralStatus.RECEIVED);
        assertThat(awaitRecords(Topics.REFERRAL_STATUS_CHANGED, keyed(referral.id()), 2))
                .as("REQUESTED, then RECEIVED, once each")
                .extracting(record -> event(record, ReferralStatusChanged.class).to())
                .containsExactly(ReferralStatus.REQUESTED, ReferralStatus.RECEIVED);
    }

    @Test
    void aStepAnotherInstanceTookSinceTheCreationWinsOverTheAcknowledgement() {
        Referral referral = created(PartnerCode.CJG);
        // Another instance cancels it: this process's copy as created does not know.
        mongo.updateFirst(
                Query.query(Criteria.where("_id").is(referral.id())),
                new Update().set("status", ReferralStatus.CANCELLED).set("sequence", 2),
                Referral.class);

        lifecycle.acknowledge(referral.id(), "inbox-cjg");

        Referral stored = referrals.find(referral.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(ReferralStatus.CANCELLED);
        assertThat(stored.timeline()).extracting(TimelineEntry::to).doesNotContain(ReferralStatus.RECEIVED);
        assertThat(stored.pendingEvents())
                .as("no RECEIVED waiting to be sent")
                .noneMatch(event -> EventType.REFERRAL_STATUS_CHANGED.ceType().equals(event.type())
                        && event.payload().contains("\"RECEIVED\""));
    }

    @Test
    void aSecondAcknowledgementChangesNothing() {
        Referral referral = created(PartnerCode.TAALHUIS);
        lifecycle.acknowledge(referral.id(), "inbox-taalhuis");

        lifecycle.acknowledge(referral.id(), "inbox-taalhuis"); // the copy was used: this one reads

        Referral stored = referrals.find(referral.id()).orElseThrow();
        assertThat(stored.sequence()).isEqualTo(2);
        assertThat(stored.timeline())
                .extracting(TimelineEntry::to)
                .containsExactly(ReferralStatus.REQUESTED, ReferralStatus.RECEIVED);
    }

    /**
     * Created as the lifecycle creates it, but not yet relayed: the service's own inbox consumer would acknowledge it
     * as soon as its ReferralIssued arrived, before the test does.
     */
    private Referral created(PartnerCode partner) {
        Referral referral = Referral.request(TestEvents.issued(partner), UUID.randomUUID(), Instant.now());
        assertThat(referrals.insertNew(referral)).isTrue();
        return referral;
    }
}
