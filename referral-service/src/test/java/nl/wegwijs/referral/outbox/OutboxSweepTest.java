package nl.wegwijs.referral.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.UUID;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.contracts.Topics;
import nl.wegwijs.referral.ReferralServiceTest;
import nl.wegwijs.referral.TestEvents;
import nl.wegwijs.referral.referrals.Referral;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

class OutboxSweepTest extends ReferralServiceTest {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    OutboxSweep sweep;

    @Test
    void eventsThatACrashLeftInTheDocumentArePublishedByTheSweepAndThenRemoved() {
        Referral referral = Referral.request(TestEvents.issued(PartnerCode.CJG), UUID.randomUUID(), Instant.now());
        mongo.insert(referral); // stored with its events, never relayed: as after a crash

        sweep.sweep();

        assertThat(awaitRecords(Topics.partnerReferrals(PartnerCode.CJG), keyed(referral.id()), 1))
                .hasSize(1);
        awaitStatus(referral.id(), ReferralStatus.RECEIVED);
        await().atMost(WAIT)
                .until(() -> referrals
                        .find(referral.id())
                        .orElseThrow()
                        .pendingEvents()
                        .isEmpty());
    }
}
