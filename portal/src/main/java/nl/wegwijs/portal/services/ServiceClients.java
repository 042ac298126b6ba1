package nl.wegwijs.portal.services;

import nl.wegwijs.portal.PortalSettings;
import nl.wegwijs.portal.signin.SignedInPerson;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

/**
 * Token relay: every call to a service carries the signed-in person's access token, refreshed when it expires. The
 * services decide what that person may see and do; the portal never holds a token of its own.
 */
@Configuration
class ServiceClients {

    @Bean
    OAuth2AuthorizedClientManager authorizedClientManager(
            ClientRegistrationRepository registrations, OAuth2AuthorizedClientRepository authorizedClients) {
        DefaultOAuth2AuthorizedClientManager manager =
                new DefaultOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode()
                .refreshToken()
                .build());
        return manager;
    }

    @Bean
    RestClient intakeApi(RestClient.Builder builder, PortalSettings settings, OAuth2AuthorizedClientManager clients) {
        return withPersonsToken(builder.clone(), clients)
                .baseUrl(settings.intakeUrl())
                .build();
    }

    @Bean
    RestClient referralApi(RestClient.Builder builder, PortalSettings settings, OAuth2AuthorizedClientManager clients) {
        return withPersonsToken(builder.clone(), clients)
                .baseUrl(settings.referralUrl())
                .build();
    }

    @Bean
    RestClient monitoringApi(
            RestClient.Builder builder, PortalSettings settings, OAuth2AuthorizedClientManager clients) {
        return withPersonsToken(builder.clone(), clients)
                .baseUrl(settings.monitoringUrl())
                .build();
    }

    private static RestClient.Builder withPersonsToken(
            RestClient.Builder builder, OAuth2AuthorizedClientManager clients) {
        OAuth2ClientHttpRequestInterceptor relay = new OAuth2ClientHttpRequestInterceptor(clients);
        relay.setClientRegistrationIdResolver(request -> SignedInPerson.REGISTRATION);
        return builder.requestInterceptor(relay);
    }
}
