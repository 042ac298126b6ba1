package nl.wegwijs.support.keys;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/** This service's own access token from the issuer (client credentials), fetched again shortly before it expires. */
public class ServiceToken {

    private final RestClient issuer;
    private final String clientId;
    private final String clientSecret;
    private final Clock clock;
    private String value;
    private Instant renewAt = Instant.MIN;

    public ServiceToken(RestClient issuer, String clientId, String clientSecret, Clock clock) {
        this.issuer = issuer;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.clock = clock;
    }

    public synchronized String value() {
        if (!clock.instant().isBefore(renewAt)) {
            MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
            form.add("grant_type", "client_credentials");
            Map<?, ?> answer = issuer.post()
                    .uri("/oauth2/token")
                    .headers(headers -> headers.setBasicAuth(clientId, clientSecret))
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .body(form)
                    .retrieve()
                    .body(Map.class);
            value = (String) answer.get("access_token");
            long seconds = ((Number) answer.get("expires_in")).longValue();
            renewAt = clock.instant().plusSeconds(Math.max(0, seconds - 30));
        }
        return value;
    }

    /** Forgets the token, so the next call fetches a new one (after a 401, for instance). */
    public synchronized void renew() {
        renewAt = Instant.MIN;
    }
}
