package nl.wegwijs.support.keys;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/**
 * A consumer's path to newcomer keys (docs/adr/0025-crypto-shredding.md), when {@code wegwijs.newcomer-keys.url}
 * names the intake service: its client id and secret at the issuer ({@code wegwijs.newcomer-keys.client-id},
 * {@code client-secret}) and how long a key may stay in memory ({@code hold-for}, 5 minutes).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(NewcomerKeysConfiguration.ENABLED)
public class NewcomerKeysConfiguration {

    /** Whether the service has a path to the keys: {@code wegwijs.newcomer-keys.url} is set and not empty. */
    public static final String ENABLED = "'${wegwijs.newcomer-keys.url:}' != ''";

    @Bean
    RemoteNewcomerKeys remoteNewcomerKeys(
            @Value("${wegwijs.newcomer-keys.url}") String intakeUrl,
            @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuerUri,
            @Value("${wegwijs.newcomer-keys.client-id}") String clientId,
            @Value("${wegwijs.newcomer-keys.client-secret}") String clientSecret,
            @Value("${wegwijs.newcomer-keys.hold-for:PT5M}") Duration holdFor) {
        // Real time, not the service's clock, which the pilot replay moves: tokens and keys expire in real time.
        Clock real = Clock.systemUTC();
        ServiceToken token = new ServiceToken(RestClient.create(issuerUri), clientId, clientSecret, real);
        return new RemoteNewcomerKeys(RestClient.create(intakeUrl), token, holdFor, real);
    }
}
