package nl.wegwijs.platform.issuer;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ids ({@code jti}) of revoked access tokens that have not expired yet, which the issuer serves to the services
 * (docs/adr/0024). A token that has expired is refused anyway, so it leaves the list.
 */
final class RevokedTokens {

    private final Map<String, Instant> expiryById = new ConcurrentHashMap<>();
    private final Clock clock;

    RevokedTokens(Clock clock) {
        this.clock = clock;
    }

    void revoke(String tokenId, Instant expiresAt) {
        expiryById.put(tokenId, expiresAt);
    }

    List<String> unexpired() {
        Instant now = clock.instant();
        expiryById.values().removeIf(expiry -> expiry.isBefore(now));
        return expiryById.keySet().stream().sorted().toList();
    }
}
