package nl.wegwijs.referral.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.UUID;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.contracts.directory.PartnerDirectory;
import nl.wegwijs.contracts.intake.NewcomerProfile;
import nl.wegwijs.contracts.intake.NewcomerProfiled;
import nl.wegwijs.contracts.intake.ReferralDecision;
import nl.wegwijs.referral.ReferralServiceTest;
import nl.wegwijs.referral.TestEvents;
import nl.wegwijs.referral.referrals.Referral;
import nl.wegwijs.referral.referrals.ReferralLifecycle;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The erasure and the profile travel on different topics, so the referral service may read them in either order or
 * at the same time. Found by a platform test: a referral stored while the erasure ran kept the person's data.
 */
class ErasedMeanwhileTest extends ReferralServiceTest {

    @Autowired
    Router router;

    @Autowired
    NewcomerProfiles profiles;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    PartnerDirectory directory;

    @Autowired
    ReferralLifecycle lifecycle;

    @Autowired
    PipelineLatency latency;

    @Autowired
    FailedReferrals failed;

    @Autowired
    ReferralErasure erasure;

    @Test
    void aProfileReadAfterTheErasureMakesNoReferralAndKeepsNoProfile() {
        NewcomerProfiled profiled = TestEvents.profiled();
        profiles.forget(profiled.newcomerId());

        router.profiled(profiled);

        assertThat(profiles.find(profiled.newcomerId())).isEmpty();
        assertThat(profiles.wasErased(profiled.newcomerId())).isTrue();
        profiled.referrals()
                .forEach(decision ->
                        assertThat(referrals.find(decision.referralId())).isEmpty());
    }

    @Test
    void referralsStoredWhileTheErasureRanAreErasedByTheRouting() {
        NewcomerProfiled profiled = TestEvents.profiled();
        // The erasure marks the newcomer after the profile was kept, but lists the referrals before they are stored.
        NewcomerProfiles erasedBetween = new NewcomerProfiles(mongo) {
            @Override
            boolean keep(UUID newcomerId, String municipality, NewcomerProfile profile) {
                boolean kept = super.keep(newcomerId, municipality, profile);
                forget(newcomerId);
                return kept;
            }
        };
        Router racing =
                new Router(directory, erasedBetween, lifecycle, referrals, latency, failed, erasure, Clock.systemUTC());

        racing.profiled(profiled);

        for (ReferralDecision decision : profiled.referrals()) {
            Referral referral = referrals.find(decision.referralId()).orElseThrow();
            assertThat(referral.partnerView()).isNull();
            assertThat(referral.status()).isEqualTo(ReferralStatus.CANCELLED);
        }
    }
}
