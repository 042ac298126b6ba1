package nl.wegwijs.portal.signin;

import nl.wegwijs.portal.PortalSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Sign-in through the OpenID Connect provider (authorization code with PKCE), a server-side session, CSRF on every
 * form, and headers: a CSP without inline script or style, no framing.
 */
@Configuration
class PortalSecurity {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self' %s";

    @Bean
    SecurityFilterChain portalSecurityFilterChain(
            HttpSecurity http,
            ClientRegistrationRepository registrations,
            OAuth2AuthorizedClientRepository authorizedClients,
            PortalSettings settings) {
        String issuer = registrations
                .findByRegistrationId(SignedInPerson.REGISTRATION)
                .getProviderDetails()
                .getIssuerUri();
        http.authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/css/**", "/js/**", "/favicon.ico", "/error", "/signed-out")
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .requestMatchers("/inbox", "/inbox/**")
                        .hasRole("PARTNER")
                        .requestMatchers(
                                "/regie-overleg",
                                "/regie-overleg/**",
                                "/regie-overleg.csv",
                                "/overzicht/**",
                                "/rapportage",
                                "/rapportage/**",
                                "/rapportage.csv")
                        .hasRole("COORDINATOR")
                        // The intake service lets only the intake officer change a newcomer.
                        .requestMatchers("/newcomers/*/follow-ups/*", "/newcomers/*/erase", "/newcomers/*/correction")
                        .hasRole("INTAKE")
                        .requestMatchers("/referrals/**", "/newcomers/**")
                        .hasAnyRole("COORDINATOR", "INTAKE")
                        .anyRequest()
                        .authenticated())
                .oauth2Login(login -> login.authorizationEndpoint(
                                endpoint -> endpoint.authorizationRequestResolver(withPkce(registrations)))
                        .userInfoEndpoint(userInfo -> userInfo.userAuthoritiesMapper(new RolesFromClaims(settings))))
                .logout(logout -> logout.addLogoutHandler(new RevokeTokensOnSignOut(authorizedClients))
                        .logoutSuccessHandler(signOutAtProvider(registrations))
                        .deleteCookies(SignedInPerson.SESSION_COOKIE))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP.formatted(issuer)))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** PKCE also for this confidential client (OAuth 2.1; the development issuer requires it). */
    private static DefaultOAuth2AuthorizationRequestResolver withPkce(ClientRegistrationRepository registrations) {
        DefaultOAuth2AuthorizationRequestResolver resolver = new DefaultOAuth2AuthorizationRequestResolver(
                registrations, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        return resolver;
    }

    /** Signing out ends the provider's session too, then comes back to the signed-out page. */
    private static OidcClientInitiatedLogoutSuccessHandler signOutAtProvider(
            ClientRegistrationRepository registrations) {
        OidcClientInitiatedLogoutSuccessHandler handler = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        handler.setPostLogoutRedirectUri("{baseUrl}/signed-out");
        return handler;
    }
}
