package nl.wegwijs.platform.issuer;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.ConfigurableServletWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.util.Assert;

@Configuration(proxyBeanMethods = false)
class TokenIssuerConfiguration {

    static final String ROLES = "wegwijs.roles";

    static final String PARTNER = "wegwijs.partner";

    @Bean
    SecurityFilterChain tokenIssuerSecurityFilterChain(HttpSecurity http) {
        http.oauth2AuthorizationServer(Customizer.withDefaults()) // token, jwks, RFC 8414 metadata, ...
                .authorizeHttpRequests((authorize) -> authorize.anyRequest().authenticated())
                .sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
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
            ObjectProvider<DevClient> devClients, PasswordEncoder passwordEncoder) {
        List<DevClient> clients = devClients.orderedStream().toList();
        Assert.state(!clients.isEmpty(), "No DevClient registered; start with TokenIssuerApplication.builder(clients)");
        TokenSettings tokenSettings = TokenSettings.builder()
                .accessTokenTimeToLive(Duration.ofHours(1))
                .build();
        return new InMemoryRegisteredClientRepository(clients.stream()
                .map((client) -> {
                    ClientSettings.Builder settings = ClientSettings.builder().setting(ROLES, client.roles());
                    if (client.partnerCode() != null) {
                        settings.setting(PARTNER, client.partnerCode());
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
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> rolesAndPartnerClaims() {
        return (context) -> {
            if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                return;
            }
            ClientSettings settings = context.getRegisteredClient().getClientSettings();
            List<String> roles = settings.getSetting(ROLES);
            String partner = settings.getSetting(PARTNER);
            context.getClaims().claim("roles", roles);
            if (partner != null) {
                context.getClaims().claim("partner", partner);
            }
        };
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
