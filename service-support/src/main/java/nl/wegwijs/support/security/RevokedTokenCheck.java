package nl.wegwijs.support.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Refuses a token whose id ({@code jti}) the issuer lists as revoked, and a token without an id, which could not be
 * revoked (docs/adr/0024). The list is fetched again by the first request after {@code interval} has passed, so a
 * revocation takes effect within that interval. While the issuer does not answer, the last list stays in force and
 * a revoked token is taken until it expires.
 */
final class RevokedTokenCheck implements OAuth2TokenValidator<Jwt> {

    private static final Logger log = LoggerFactory.getLogger(RevokedTokenCheck.class);

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final RestClient issuer;
    private final Duration interval;
    private final Clock clock;
    private final ReentrantLock refreshing = new ReentrantLock();
    private volatile Set<String> revoked = Set.of();
    private volatile Instant nextRefresh = Instant.MIN;

    RevokedTokenCheck(String revokedTokensUrl, Duration interval, Clock clock) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(TIMEOUT);
        requests.setReadTimeout(TIMEOUT);
        this.issuer = RestClient.builder()
                .requestFactory(requests)
                .baseUrl(revokedTokensUrl)
                .build();
        this.interval = interval;
        this.clock = clock;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        if (token.getId() == null) {
            return refused("The token has no id");
        }
        refreshIfDue();
        return revoked.contains(token.getId())
                ? refused("The token has been revoked")
                : OAuth2TokenValidatorResult.success();
    }

    private static OAuth2TokenValidatorResult refused(String description) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null));
    }

    /** One request fetches while the others go on with the list they have. */
    private void refreshIfDue() {
        if (clock.instant().isBefore(nextRefresh) || !refreshing.tryLock()) {
            return;
        }
        try {
            if (!clock.instant().isBefore(nextRefresh)) {
                RevokedTokens answer = issuer.get().retrieve().body(RevokedTokens.class);
                revoked = answer == null || answer.revoked() == null ? Set.of() : Set.copyOf(answer.revoked());
            }
        } catch (RestClientException e) {
            log.warn(
                    "The issuer's revoked tokens were not refreshed: {}",
                    e.getClass().getSimpleName());
        } finally {
            nextRefresh = clock.instant().plus(interval);
            refreshing.unlock();
        }
    }

    /** The issuer's answer at {@code /revoked-tokens}. */
    record RevokedTokens(List<String> revoked) {}
}
