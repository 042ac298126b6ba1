package nl.wegwijs.portal.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * The referral service's partner API, as the signed-in worker: the partner comes from their token, so another
 * partner's referral is simply not found.
 */
@Component
class PartnerReferrals {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};
    private static final int PAGE_SIZE = 100;
    /** The inbox shows at most this many pages of referrals (of {@value #PAGE_SIZE}). */
    private static final int MAX_PAGES = 10;

    private final RestClient api;

    PartnerReferrals(@Qualifier("referralApi") RestClient api) {
        this.api = api;
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> all() {
        List<Map<String, Object>> referrals = new ArrayList<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            int current = page;
            Map<String, Object> answer = api.get()
                    .uri(uri -> uri.path("/api/partner/referrals")
                            .queryParam("page", current)
                            .queryParam("size", PAGE_SIZE)
                            .build())
                    .retrieve()
                    .body(JSON);
            referrals.addAll((List<Map<String, Object>>) answer.get("items"));
            if (current + 1 >= ((Number) answer.get("totalPages")).intValue()) {
                break;
            }
        }
        return referrals;
    }

    Optional<Map<String, Object>> find(UUID id) {
        try {
            return Optional.ofNullable(
                    api.get().uri("/api/partner/referrals/{id}", id).retrieve().body(JSON));
        } catch (HttpClientErrorException.NotFound e) {
            return Optional.empty();
        }
    }

    /** Takes a step; a refused one comes back with the service's status and problem document. */
    StepResult act(UUID id, String action, Map<String, Object> body) {
        return api.post()
                .uri("/api/partner/referrals/{id}/{action}", id, action)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange((request, response) -> {
                    HttpStatusCode status = response.getStatusCode();
                    if (status.is2xxSuccessful()) {
                        return StepResult.done();
                    }
                    Map<String, Object> problem = response.bodyTo(JSON);
                    return StepResult.refused(HttpStatus.valueOf(status.value()), problem == null ? Map.of() : problem);
                });
    }

    /** What came of a step: done, or refused with the service's status and problem document. */
    record StepResult(HttpStatus refusal, Map<String, Object> problem) {

        static StepResult done() {
            return new StepResult(null, Map.of());
        }

        static StepResult refused(HttpStatus status, Map<String, Object> problem) {
            return new StepResult(status, problem);
        }

        boolean isDone() {
            return refusal == null;
        }
    }
}
