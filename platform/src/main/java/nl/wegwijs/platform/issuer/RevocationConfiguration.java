package nl.wegwijs.platform.issuer;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * Revocation (docs/adr/0024): the standard {@code /oauth2/revoke} invalidates a token in the issuer's authorizations;
 * the ids of revoked, unexpired access tokens are served at {@code /revoked-tokens} for the services.
 */
@Configuration(proxyBeanMethods = false)
class RevocationConfiguration {

    @Bean
    RevokedTokens revokedTokens() {
        return new RevokedTokens(Clock.systemUTC());
    }

    @Bean
    OAuth2AuthorizationService authorizationService(RevokedTokens revoked) {
        return new RevocationRecordingAuthorizations(new InMemoryOAuth2AuthorizationService(), revoked);
    }

    @Bean
    @Order(0)
    SecurityFilterChain revokedTokensSecurityFilterChain(HttpSecurity http, RevokedTokens revoked) {
        http.securityMatcher(RevokedTokensFilter.PATH)
                .authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll())
                .addFilterAfter(new RevokedTokensFilter(revoked), AuthorizationFilter.class);
        return http.build();
    }
}
