package nl.wegwijs.referral.erasure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.UUID;
import nl.wegwijs.contracts.CloudEventHeaders;
import nl.wegwijs.contracts.EventType;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.contracts.Topics;
import nl.wegwijs.contracts.intake.NewcomerErased;
import nl.wegwijs.contracts.intake.NewcomerProfiled;
import nl.wegwijs.contracts.intake.ReferralDecision;
import nl.wegwijs.contracts.referral.ReferralWithdrawn;
import nl.wegwijs.referral.ReferralServiceTest;
import nl.wegwijs.referral.TestEvents;
import nl.wegwijs.referral.inbox.Inbox;
import nl.wegwijs.referral.referrals.Referral;
import nl.wegwijs.referral.referrals.ReferralLifecycle;
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
}
