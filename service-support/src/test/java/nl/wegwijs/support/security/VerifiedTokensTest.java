package nl.wegwijs.support.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import nl.wegwijs.support.problem.ProblemMessages;
import nl.wegwijs.support.problem.ProblemResponses;
import org.junit.jupiter.api.Test;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tokens signed with a real RSA key and verified by Spring's Nimbus decoder, behind the cache: what it saves (the
 * signature check) and what it must not (the claim checks on every use).
 */
class VerifiedTokensTest {

    private static final Duration REVERIFY_AFTER = Duration.ofMinutes(5);
    private static final KeyPair KEYS = rsaKeys();

    private final MovableClock clock = new MovableClock();
    private final Set<String> revoked = ConcurrentHashMap.newKeySet();
    private final AtomicInteger verifications = new AtomicInteger();
    private final VerifiedTokens tokens =
            new VerifiedTokens(countingDecoder(), claimChecks(), 16, REVERIFY_AFTER, clock);

    @Test
    void aTokenSentAgainIsNotVerifiedAgain() {
        String token = signed("a", Duration.ofMinutes(10));

        Jwt first = tokens.decode(token);
        Jwt second = tokens.decode(token);

        assertThat(second.getSubject()).isEqualTo(first.getSubject()).isEqualTo("officer-a");
        assertThat(verifications).hasValue(1);
        tokens.decode(signed("b", Duration.ofMinutes(10)));
        assertThat(verifications).as("another token is verified").hasValue(2);
    }

    @Test
    void aKnownTokenIsRefusedOnceItHasExpired() {
        String token = signed("a", Duration.ofSeconds(30));
        tokens.decode(token);

        clock.advance(Duration.ofSeconds(41)); // past the expiry and the ten seconds of skew

        assertThatThrownBy(() -> tokens.decode(token))
                .isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
        assertThat(verifications).as("the refusal came from the claim checks").hasValue(1);
    }

    @Test
    void aKnownTokenIsRefusedOnceRevoked() {
        String token = signed("a", Duration.ofMinutes(10));
        tokens.decode(token);

        revoked.add("a");

        assertThatThrownBy(() -> tokens.decode(token))
                .isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("revoked");
        assertThatThrownBy(() -> tokens.decode(token))
                .as("and stays refused")
                .isInstanceOf(JwtValidationException.class);
    }

    @Test
    void aTokenWithAForgedSignatureIsRefusedEachTimeAndNeverRemembered() {
        String token = signed("a", Duration.ofMinutes(10));
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.length() - 10);

        for (int attempt = 0; attempt < 2; attempt++) {
            assertThatThrownBy(() -> tokens.decode(forged)).isInstanceOf(BadJwtException.class);
        }
        assertThat(verifications).hasValue(2);
    }

    @Test
    void aKnownTokenIsVerifiedAgainAfterFiveMinutes() {
        String token = signed("a", Duration.ofMinutes(30));
        tokens.decode(token);

        clock.advance(REVERIFY_AFTER.minusSeconds(1));
        tokens.decode(token);
        assertThat(verifications).hasValue(1);

        clock.advance(Duration.ofSeconds(1));
        tokens.decode(token);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void aTokenBoundToAClientCertificateIsVerifiedOnEveryUse() {
        String token = signed("a", Duration.ofMinutes(10), Map.of("x5t#S256", "bm90IGEgcmVhbCB0aHVtYnByaW50"));

        tokens.decode(token);
        tokens.decode(token);

        assertThat(verifications)
                .as("the binding is checked against each request's certificate")
                .hasValue(2);
    }

    @Test
    void theServicesDecoderIsTheOneBehindTheCacheAndItsClaimChecksAreTheServicesOwn() {
        new ApplicationContextRunner()
                .withInitializer(
                        context -> context.getBeanFactory().setConversionService(new ApplicationConversionService()))
                .withPropertyValues(
                        "spring.application.name=intake-service",
                        "wegwijs.security.revoked-tokens-url=http://localhost:9/revoked-tokens")
                .withUserConfiguration(SecurityConfiguration.class)
                .withBean(
                        ProblemResponses.class,
                        () -> new ProblemResponses(
                                JsonMapper.builder().build(), ProblemMessages.forService("intake-service")))
                .withBean(JwtDecoder.class, this::countingDecoder)
                .run(context -> {
                    JwtDecoder decoder = context.getBean(JwtDecoder.class);
                    assertThat(decoder).isInstanceOf(VerifiedTokens.class);
                    String token = signed("a", Duration.ofMinutes(10));
                    assertThat(decoder.decode(token).getId()).isEqualTo("a");
                    assertThatThrownBy(() -> decoder.decode(token))
                            .as("known, but without the service's audience")
                            .isInstanceOf(JwtValidationException.class)
                            .hasMessageContaining("aud");
                    assertThat(verifications).hasValue(1);
                });
    }

    private JwtDecoder countingDecoder() {
        NimbusJwtDecoder nimbus =
                NimbusJwtDecoder.withPublicKey((RSAPublicKey) KEYS.getPublic()).build();
        nimbus.setJwtValidator(claimChecks());
        return token -> {
            verifications.incrementAndGet();
            return nimbus.decode(token);
        };
    }

    private OAuth2TokenValidator<Jwt> claimChecks() {
        JwtTimestampValidator expiry = new JwtTimestampValidator(Duration.ofSeconds(10));
        expiry.setClock(clock);
        OAuth2TokenValidator<Jwt> revocation = jwt -> revoked.contains(jwt.getId())
                ? OAuth2TokenValidatorResult.failure(
                        new OAuth2Error("invalid_token", "The token has been revoked", null))
                : OAuth2TokenValidatorResult.success();
        return new DelegatingOAuth2TokenValidator<>(expiry, revocation);
    }

    private String signed(String id, Duration lifetime) {
        return signed(id, lifetime, null);
    }

    private String signed(String id, Duration lifetime, Map<String, Object> confirmation) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .claim("cnf", confirmation)
                .jwtID(id)
                .subject("officer-" + id)
                .issueTime(Date.from(clock.instant()))
                .expirationTime(Date.from(clock.instant().plus(lifetime)))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        try {
            jwt.sign(new RSASSASigner(KEYS.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
