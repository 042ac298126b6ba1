package nl.wegwijs.referral.keys;

import java.util.UUID;
import nl.wegwijs.referral.messaging.Records;
import nl.wegwijs.referral.referrals.ReferralNotFound;
import nl.wegwijs.referral.referrals.ReferralStore;
import nl.wegwijs.support.keys.NewcomerKeysConfiguration;
import nl.wegwijs.support.keys.NewcomerSealer;
import nl.wegwijs.support.keys.RemoteNewcomerKeys;
import nl.wegwijs.support.outbox.PayloadSealer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The referral service with newcomer keys from the intake service (docs/adr/0025-crypto-shredding.md): it opens the
 * intake's events and its partner inboxes' records with them, and seals what it sends to partners and on
 * {@code referral.status-changed.v1} with the key of the referral's newcomer.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(NewcomerKeysConfiguration.ENABLED)
class ReferralKeys {

    ReferralKeys(RemoteNewcomerKeys keys) {
        Records.openWith(keys);
    }

    /** Every event this service sends is keyed by its referral id. */
    @Bean
    PayloadSealer payloadSealer(RemoteNewcomerKeys keys, ReferralStore referrals) {
        return new NewcomerSealer(keys, event -> {
            UUID referralId = UUID.fromString(event.key());
            return referrals.newcomerOf(referralId).orElseThrow(() -> new ReferralNotFound(referralId));
        });
    }
}
