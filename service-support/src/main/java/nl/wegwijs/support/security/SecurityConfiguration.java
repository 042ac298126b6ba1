package nl.wegwijs.support.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import nl.wegwijs.support.problem.ProblemResponses;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.util.function.SingletonSupplier;

/**
 * Roles from the token, and what Boot's token decoder checks beside the signature and issuer (it takes every
 * {@link OAuth2TokenValidator} bean): the audience, the expiry and revocation (docs/adr/0024). A verified token's
 * signature is not checked again on each request ({@link VerifiedTokens}).
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    private static final int VERIFIED_TOKENS_KEPT = 1024;
    private static final Duration REVERIFY_AFTER = Duration.ofMinutes(5);

    /** Roles come from the token's {@code roles} claim: {@code INTAKE} grants {@code ROLE_INTAKE}. */
    @Bean
    JwtAuthenticationConverter jwtAuthenticationConverter() {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName(TokenClaims.ROLES);
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);
        return converter;
    }

    /** A token is taken only by a service its {@code aud} names: by default the service's application name. */
    @Bean
    OAuth2TokenValidator<Jwt> audienceCheck(
            @Value("${wegwijs.security.audience:${spring.application.name:}}") String audience) {
        return new JwtClaimValidator<List<String>>(
                JwtClaimNames.AUD, named -> named != null && !audience.isBlank() && named.contains(audience));
    }

    /** Expired is expired, give or take {@code TOKEN_CLOCK_SKEW} (Spring's default would be a minute). */
    @Bean
    OAuth2TokenValidator<Jwt> expiryCheck(@Value("${TOKEN_CLOCK_SKEW:PT10S}") Duration clockSkew) {
        return new JwtTimestampValidator(clockSkew);
    }

    @Bean
    OAuth2TokenValidator<Jwt> revocationCheck(
            @Value("${wegwijs.security.revoked-tokens-url:${spring.security.oauth2.resourceserver.jwt.issuer-uri:}"
                            + "/revoked-tokens}")
                    String revokedTokensUrl,
            @Value("${TOKEN_REVOCATION_CHECK_INTERVAL:PT10S}") Duration interval) {
        return new RevokedTokenCheck(revokedTokensUrl, interval, Clock.systemUTC());
    }

    /** Boot's token decoder behind {@link VerifiedTokens}, which checks the claims of a known token again each time. */
    @Bean
    static BeanPostProcessor verifiedTokens(ObjectProvider<OAuth2TokenValidator<Jwt>> claimChecks) {
        Supplier<OAuth2TokenValidator<Jwt>> checks = SingletonSupplier.of(() ->
                new DelegatingOAuth2TokenValidator<>(claimChecks.orderedStream().toList()));
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof JwtDecoder decoder && !(bean instanceof VerifiedTokens)
                        ? new VerifiedTokens(
                                decoder,
                                token -> checks.get().validate(token),
                                VERIFIED_TOKENS_KEPT,
                                REVERIFY_AFTER,
                                Clock.systemUTC())
                        : bean;
            }
        };
    }

    /**
     * No Micrometer observation around each security filter, authentication and authorization: nothing reads them
     * (the request timings come from Spring MVC's own observation), and under the benchmark's load they were about 2 %
     * of the platform's CPU (ADR 36).
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    ServiceSecurity serviceSecurity(ProblemResponses problems, JwtAuthenticationConverter tokens) {
        return new ServiceSecurity(problems, tokens);
    }
}
