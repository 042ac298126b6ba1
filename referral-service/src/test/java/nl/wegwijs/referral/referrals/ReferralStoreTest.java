package nl.wegwijs.referral.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.referral.ReferralServiceTest;
import nl.wegwijs.referral.TestEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The newcomer a referral is about, as sealing its events asks for it (ADR 32). */
class ReferralStoreTest extends ReferralServiceTest {

    @Autowired
    MongoTemplate mongo;

    @Test
    void theNewcomerOfAReferralThisServiceStoredNeedsNoReadOfTheReferral() {
        UUID newcomer = UUID.randomUUID();
        Referral referral = Referral.request(TestEvents.issued(PartnerCode.RSD), newcomer, Instant.now());
        assertThat(referrals.insertNew(List.of(referral))).hasSize(1);

        // Gone from the store, as no read can then find it: the answer comes from what the insert kept.
        mongo.remove(referral);

        assertThat(referrals.newcomerOf(referral.id())).contains(newcomer);
    }

    @Test
    void theNewcomerOfAReferralAnotherInstanceStoredIsReadFromTheStore() {
        UUID newcomer = UUID.randomUUID();
        Referral referral = Referral.request(TestEvents.issued(PartnerCode.CJG), newcomer, Instant.now());
        mongo.insert(referral);

        assertThat(referrals.newcomerOf(referral.id())).contains(newcomer);
        assertThat(referrals.newcomerOf(UUID.randomUUID())).isEmpty();
    }
}
