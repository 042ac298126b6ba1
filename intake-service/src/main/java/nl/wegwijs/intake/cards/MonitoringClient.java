package nl.wegwijs.intake.cards;

import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Asks the monitoring service for the expected contact of a newcomer's referrals with the caller's own token, so the
 * monitoring service decides by the person's role (docs/adr/0022). Unreachable, the card says no figures are known.
 */
@Component
class MonitoringClient {

    private static final Logger log = LoggerFactory.getLogger(MonitoringClient.class);

    private final RestClient rest;

    MonitoringClient(@Value("${wegwijs.cards.monitoring-url}") String monitoringUrl) {
        this.rest = RestClient.builder().baseUrl(monitoringUrl).build();
    }

    List<ContactExpectation> expectations(UUID newcomerId, String bearerToken) {
        try {
            List<ContactExpectation> answer = rest.get()
                    .uri(uri -> uri.path("/api/reports/contact-expectations")
                            .queryParam("newcomerId", newcomerId)
                            .build())
                    .header("Authorization", "Bearer " + bearerToken)
                    .retrieve()
                    .body(new ParameterizedTypeReference<>() {});
            return answer == null ? List.of() : answer;
        } catch (RestClientException e) {
            log.warn(
                    "Monitoring service gave no contact expectations: {}",
                    e.getClass().getSimpleName());
            return List.of();
        }
    }
}
