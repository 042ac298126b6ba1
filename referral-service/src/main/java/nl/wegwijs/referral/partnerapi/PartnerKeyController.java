package nl.wegwijs.referral.partnerapi;

import java.util.UUID;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.referral.partners.PartnerIdentity;
import nl.wegwijs.referral.referrals.Referral;
import nl.wegwijs.referral.referrals.ReferralNotFound;
import nl.wegwijs.referral.referrals.ReferralStore;
import nl.wegwijs.support.keys.NewcomerKeysConfiguration;
import nl.wegwijs.support.keys.RemoteNewcomerKeys;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A partner's path to the key that opens its topic's records of one referral (docs/adr/0025-crypto-shredding.md):
 * only its own referral, and only while it is open; a closed, withdrawn or erased one answers 410.
 */
@RestController
@ConditionalOnExpression(NewcomerKeysConfiguration.ENABLED)
class PartnerKeyController {

    private final PartnerIdentity identity;
    private final ReferralStore referrals;
    private final RemoteNewcomerKeys keys;

    PartnerKeyController(PartnerIdentity identity, ReferralStore referrals, RemoteNewcomerKeys keys) {
        this.identity = identity;
        this.referrals = referrals;
        this.keys = keys;
    }

    @GetMapping("/api/partner/referrals/{id}/key")
    ReferralKey key(@AuthenticationPrincipal Jwt token, @PathVariable UUID id) {
        PartnerCode partner = identity.of(token).code();
        Referral referral = referrals
                .find(id)
                .filter(found -> found.belongsTo(partner))
                .orElseThrow(() -> new ReferralNotFound(id));
        if (referral.status().isTerminal() || referral.partnerView() == null) {
            throw new KeyGone(id);
        }
        return keys.keyset(referral.newcomerId())
                .map(keyset -> new ReferralKey(id, referral.newcomerId(), keyset))
                .orElseThrow(() -> new KeyGone(id));
    }

    /** The Tink JSON keyset of the referral's newcomer, and the newcomer id its records are sealed for. */
    record ReferralKey(UUID referralId, UUID newcomerId, String keyset) {}
}
