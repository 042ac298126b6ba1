package nl.wegwijs.platform.issuer;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.net.URI;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.ConfigurableServletWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.ott.GenerateOneTimeTokenFilter;
import org.springframework.security.web.authentication.preauth.AbstractPreAuthenticatedProcessingFilter;
import org.springframework.security.web.authentication.ui.DefaultResourcesFilter;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.webauthn.management.MapPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.MapUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.util.Assert;

@Configuration(proxyBeanMethods = false)
class TokenIssuerConfiguration {

    /** The protocol endpoints (token, jwks, metadata, authorize, userinfo); a browser without a session signs in. */
    @Bean
    @Order(1)
    SecurityFilterChain tokenIssuerSecurityFilterChain(
            HttpSecurity http,
            @Value("${CLIENT_LOCKOUT_AFTER_FAILURES:5}") int lockoutAfterFailures,
            @Value("${CLIENT_LOCKOUT_DURATION:PT15M}") Duration lockout) {
        OAuth2AuthorizationServerConfigurer server = new OAuth2AuthorizationServerConfigurer();
        http.securityMatcher(server.getEndpointsMatcher())
                // Ahead of the client authentication, which the server configurer puts after this filter.
                .addFilterBefore(
                        new ClientLockout(lockoutAfterFailures, lockout, Clock.systemUTC()),
                        AbstractPreAuthenticatedProcessingFilter.class)
                .with(server, as -> as.oidc(Customizer.withDefaults()))
                .authorizeHttpRequests((authorize) -> authorize.anyRequest().authenticated())
                .csrf(csrf -> csrf.ignoringRequestMatchers(server.getEndpointsMatcher()))
                .oauth2ResourceServer(resource -> resource.jwt(Customizer.withDefaults()))
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"),
                        new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    /**
     * People sign in with a one-time link mailed to them, or with a passkey they added after such a sign-in; there
     * are no passwords. The pages are the issuer's own ({@link SignInPagesFilter}), in Dutch or English.
     */
    @Bean
    @Order(2)
    SecurityFilterChain peopleSignInSecurityFilterChain(
            HttpSecurity http,
            PeopleSignIn people,
            AuthorizationServerSettings settings,
            PublicKeyCredentialUserEntityRepository passkeyUsers,
            UserCredentialRepository passkeys,
            @Value("${SIGN_IN_LINKS_PER_EMAIL_ADDRESS:5}") int linksPerEmailAddress,
            @Value("${SIGN_IN_LINKS_PER_CLIENT_ADDRESS:20}") int linksPerClientAddress,
            @Value("${SIGN_IN_LINKS_WINDOW:PT15M}") Duration linksWindow) {
        URI issuer = URI.create(settings.getIssuer());
        http.authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(
                                "/login",
                                "/login/ott",
                                "/ott/generate",
                                "/login/webauthn",
                                "/login/webauthn.js",
                                "/webauthn/authenticate/options",
                                "/sign-in.css",
                                "/sign-in.js",
                                "/error")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                // The processing URL after loginPage(): otherwise it would follow the page, to POST /login.
                .oneTimeTokenLogin(ott -> ott.loginPage("/login")
                        .loginProcessingUrl("/login/ott")
                        .showDefaultSubmitPage(false)
                        .tokenGenerationSuccessHandler(new SignInLinkMailer(people, settings.getIssuer())))
                .webAuthn(webAuthn -> webAuthn.rpName("Wegwijs")
                        .rpId(issuer.getHost())
                        .allowedOrigins(origin(issuer))
                        .disableDefaultRegistrationPage(true))
                .addFilterBefore(
                        new SignInLinkLimits(linksPerEmailAddress, linksPerClientAddress, linksWindow),
                        GenerateOneTimeTokenFilter.class)
                .addFilterAfter(
                        new SignInPagesFilter(passkeyUsers, passkeys, people.portalUrl()), AuthorizationFilter.class)
                .addFilter(DefaultResourcesFilter.webauthn())
                .headers(headers -> headers.frameOptions(frame -> frame.deny()));
        return http.build();
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getAuthority();
    }

    /** Passkeys are kept in memory: the development issuer forgets them when it stops (ADR 20). */
    @Bean
    PublicKeyCredentialUserEntityRepository passkeyUsers() {
        return new MapPublicKeyCredentialUserEntityRepository();
    }

    @Bean
    UserCredentialRepository passkeys() {
        return new MapUserCredentialRepository();
    }

    @Bean
    UserDetailsService people(PeopleSignIn people) {
        return new InMemoryUserDetailsManager(people.users().stream()
                .map(user -> User.withUsername(user.email())
                        .password("{noop}" + UUID.randomUUID()) // never told to anyone: sign-in is by link only
                        .roles(user.roles().toArray(String[]::new))
                        .build())
                .toList());
    }

    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource) {
        return OAuth2AuthorizationServerConfiguration.jwtDecoder(jwkSource);
    }

    @Bean
    WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> tokenIssuerPort(
            @Value("${server.port:9000}") int port) {
        return (factory) -> {
            factory.setPort(port); // Boot's default would be 8080
            // No DispatcherServlet/MVC here: the AS endpoints are filters, but Tomcat only runs filters
            // for a request that maps to some servlet, so register Tomcat's default servlet.
            factory.setRegisterDefaultServlet(true);
        };
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(
            @Value("${spring.security.oauth2.authorizationserver.issuer:http://localhost:${server.port:9000}}")
                    String issuer) {
        return AuthorizationServerSettings.builder().issuer(issuer).build();
    }

    /** DelegatingPasswordEncoder writing {bcrypt}; cost 4 (dev only) keeps startup and token calls ~1 ms. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(4)));
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(
            ObjectProvider<DevClient> devClients,
            PeopleSignIn people,
            PasswordEncoder passwordEncoder,
            @Value("${ACCESS_TOKEN_TIME_TO_LIVE:PT5M}") Duration accessTokenTimeToLive) {
        List<DevClient> clients = devClients.orderedStream().toList();
        Assert.state(!clients.isEmpty(), "No DevClient registered; start with TokenIssuerApplication.builder(clients)");
        TokenSettings tokenSettings = TokenSettings.builder()
                .accessTokenTimeToLive(accessTokenTimeToLive)
                .build();
        List<RegisteredClient> registered = new ArrayList<>(clients.stream()
                .map((client) -> {
                    ClientSettings.Builder settings =
                            ClientSettings.builder().setting(IssuedClaims.ROLES, client.roles());
                    if (client.partnerCode() != null) {
                        settings.setting(IssuedClaims.PARTNER, client.partnerCode());
                    }
                    return RegisteredClient.withId(client.clientId())
                            .clientId(client.clientId())
                            .clientSecret(passwordEncoder.encode(client.secret()))
                            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                            .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                            .tokenSettings(tokenSettings)
                            .clientSettings(settings.build())
                            .build();
                })
                .toList());
        if (!people.portalUrl().isBlank()) {
            registered.add(portalClient(people, passwordEncoder, accessTokenTimeToLive));
        }
        return new InMemoryRegisteredClientRepository(registered);
    }

    /** The portal: authorization code with PKCE, for people; short access tokens, refreshed while the session lives. */
    private static RegisteredClient portalClient(
            PeopleSignIn people, PasswordEncoder passwordEncoder, Duration accessTokenTimeToLive) {
        return RegisteredClient.withId(people.portalClientId())
                .clientId(people.portalClientId())
                .clientSecret(passwordEncoder.encode(people.portalClientSecret()))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUri(people.redirectUri())
                .postLogoutRedirectUri(people.portalUrl() + "/")
                .postLogoutRedirectUri(people.portalUrl() + "/signed-out")
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .scope(OidcScopes.EMAIL)
                .clientSettings(ClientSettings.builder()
                        .requireProofKey(true)
                        .requireAuthorizationConsent(false)
                        .build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenTimeToLive(accessTokenTimeToLive)
                        .refreshTokenTimeToLive(Duration.ofHours(8))
                        .build())
                .build();
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> issuedClaims(PeopleSignIn people, Environment environment) {
        return new IssuedClaims(people, Audiences.from(environment));
    }

    /** Dev only: a fresh RSA key per start, published at /oauth2/jwks. */
    @Bean
    JWKSource<SecurityContext> jwkSource() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keyPair = generator.generateKeyPair();
        RSAKey rsaKey = new RSAKey.Builder((RSAPublicKey) keyPair.getPublic())
                .privateKey(keyPair.getPrivate())
                .keyID(UUID.randomUUID().toString())
                .build();
        return new ImmutableJWKSet<>(new JWKSet(rsaKey));
    }
}
