package nl.wegwijs.support.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import nl.wegwijs.support.memory.ClockTicker;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Remembers tokens whose signature the service's decoder has verified, so that a client sending the same token on
 * every request does not cost a signature check each time: under the benchmark's load that check was about 8 % of the
 * platform's CPU, most of it decoding Base64 in constant time (docs/adr/0036-kept-encodings-and-verified-tokens.md).
 *
 * <p>Only the signature's verdict is remembered. Every use of a remembered token runs the claim checks again (expiry,
 * audience, revocation), so an expired or revoked token is refused as before. A remembered token is verified again
 * once {@code reverifyAfter} has passed, so a key the issuer withdraws stops being taken within that time. A token
 * that fails is not remembered, nor is one bound to a client certificate.
 */
final class VerifiedTokens implements JwtDecoder {

    /**
     * A token bound to a client certificate: Boot's decoder checks the binding against each request's certificate,
     * which the claim checks here do not, so such a token is verified on every use.
     */
    private static final String CERTIFICATE_BOUND = "cnf";

    private final JwtDecoder decoder;
    private final OAuth2TokenValidator<Jwt> claimChecks;
    private final Cache<String, Jwt> verified;

    VerifiedTokens(
            JwtDecoder decoder,
            OAuth2TokenValidator<Jwt> claimChecks,
            int capacity,
            Duration reverifyAfter,
            Clock clock) {
        this.decoder = decoder;
        this.claimChecks = claimChecks;
        this.verified = Caffeine.newBuilder()
                .maximumSize(capacity)
                .expireAfterWrite(reverifyAfter)
                .ticker(ClockTicker.of(clock))
                .executor(Runnable::run)
                .build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.getIfPresent(token);
        if (known == null) {
            Jwt decoded = decoder.decode(token);
            if (!decoded.hasClaim(CERTIFICATE_BOUND)) {
                verified.put(token, decoded);
            }
            return decoded;
        }
        OAuth2TokenValidatorResult checked = claimChecks.validate(known);
        if (checked.hasErrors()) {
            verified.invalidate(token);
            throw new JwtValidationException(
                    checked.getErrors().iterator().next().getDescription(), checked.getErrors());
        }
        return known;
    }
}
