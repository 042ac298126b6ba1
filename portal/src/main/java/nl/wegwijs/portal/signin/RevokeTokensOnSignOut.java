package nl.wegwijs.portal.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AbstractOAuth2Token;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Signing out revokes the person's refresh and access token at the provider's revocation endpoint (RFC 7009), so the
 * services refuse the access token within their revocation check (docs/adr/0024), and forgets them here. A provider
 * that names no revocation endpoint, or does not answer, leaves the access token to expire.
 */
final class RevokeTokensOnSignOut implements LogoutHandler {

    private static final Logger log = LoggerFactory.getLogger(RevokeTokensOnSignOut.class);

    private final OAuth2AuthorizedClientRepository authorizedClients;
    private final RestClient rest = RestClient.create();

    RevokeTokensOnSignOut(OAuth2AuthorizedClientRepository authorizedClients) {
        this.authorizedClients = authorizedClients;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication == null) {
            return;
        }
        OAuth2AuthorizedClient client =
                authorizedClients.loadAuthorizedClient(SignedInPerson.REGISTRATION, authentication, request);
        if (client == null) {
            return;
        }
        revoke(client.getClientRegistration(), client.getRefreshToken(), "refresh_token");
        revoke(client.getClientRegistration(), client.getAccessToken(), "access_token");
        authorizedClients.removeAuthorizedClient(SignedInPerson.REGISTRATION, authentication, request, response);
    }

    private void revoke(ClientRegistration registration, AbstractOAuth2Token token, String hint) {
        Object endpoint =
                registration.getProviderDetails().getConfigurationMetadata().get("revocation_endpoint");
        if (token == null || endpoint == null) {
            return;
        }
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("token", token.getTokenValue());
        form.add("token_type_hint", hint);
        try {
            rest.post()
                    .uri(endpoint.toString())
                    .headers(
                            headers -> headers.setBasicAuth(registration.getClientId(), registration.getClientSecret()))
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .body(form)
                    .retrieve()
                    .toBodilessEntity();
        } catch (RestClientException e) {
            log.warn(
                    "The provider did not revoke a signed-out person's {}: {}",
                    hint,
                    e.getClass().getSimpleName());
        }
    }
}
