package nl.wegwijs.referral.erasure;

import java.util.function.Consumer;
import nl.wegwijs.contracts.intake.NewcomerErased;
import nl.wegwijs.referral.messaging.Records;
import nl.wegwijs.referral.referrals.Referral;
import nl.wegwijs.referral.referrals.ReferralStore;
import nl.wegwijs.referral.routing.NewcomerProfiles;
import nl.wegwijs.referral.routing.ReferralErasure;
import nl.wegwijs.support.keys.RemoteNewcomerKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/**
 * Binding {@code newcomerErased-in-0}: {@code intake.newcomer-erased.v1}. Personal data leaves the stored profile,
 * the referrals and the inboxes; statuses and dates stay for the statistics.
 */
@Component("newcomerErased")
class ErasureConsumer implements Consumer<Message<byte[]>> {

    private static final Logger log = LoggerFactory.getLogger(ErasureConsumer.class);

    private final NewcomerProfiles profiles;
    private final ReferralStore referrals;
    private final ReferralErasure erasure;
    private final ObjectProvider<RemoteNewcomerKeys> keys;

    ErasureConsumer(
            NewcomerProfiles profiles,
            ReferralStore referrals,
            ReferralErasure erasure,
            ObjectProvider<RemoteNewcomerKeys> keys) {
        this.profiles = profiles;
        this.referrals = referrals;
        this.erasure = erasure;
        this.keys = keys;
    }

    @Override
    public void accept(Message<byte[]> message) {
        Records.event(message)
                .filter(NewcomerErased.class::isInstance)
                .map(NewcomerErased.class::cast)
                .ifPresent(this::erase);
    }

    private void erase(NewcomerErased erased) {
        // The key leaves memory first (docs/adr/0025-crypto-shredding.md): what follows goes out shredded.
        keys.ifAvailable(held -> held.forget(erased.newcomerId()));
        profiles.forget(erased.newcomerId());
        erasure.erase(referrals.ofNewcomer(erased.newcomerId()).stream()
                .map(Referral::id)
                .toList());
        log.info("Personal data of newcomer {} erased", erased.newcomerId());
    }
}
