package nl.wegwijs.referral.erasure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.UUID;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.contracts.Topics;
import nl.wegwijs.contracts.intake.NewcomerErased;
import nl.wegwijs.contracts.intake.NewcomerProfiled;
import nl.wegwijs.contracts.intake.ReferralDecision;
import nl.wegwijs.referral.ReferralServiceTest;
import nl.wegwijs.referral.TestEvents;
import nl.wegwijs.referral.inbox.Inbox;
import nl.wegwijs.referral.referrals.Referral;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ErasureTest extends ReferralServiceTest {

    @Autowired
    Inbox inbox;

    @Test
    void anErasedNewcomersDataLeavesTheReferralsAndInboxesAndTheStatusesStay() {
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
            assertThat(erased.status()).isEqualTo(ReferralStatus.RECEIVED);
            assertThat(erased.timeline()).hasSize(2);
            Inbox.Entry entry = inbox.find(decision.referralId()).orElseThrow();
            assertThat(entry.referral()).isNull();
            assertThat(entry.receivedAt()).isNotNull();
        }
    }
}
