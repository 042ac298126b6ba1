package nl.wegwijs.portal.newcomers;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;

/**
 * The intake service's API as the signed-in officer or coordinator. Problems come back in the page's language, so
 * the form shows the service's own field messages.
 */
@Component
class Newcomers {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_LIST =
            new ParameterizedTypeReference<>() {};

    private static final MediaType MERGE_PATCH = MediaType.parseMediaType("application/merge-patch+json");

    private final RestClient api;

    Newcomers(@Qualifier("intakeApi") RestClient api) {
        this.api = api;
    }

    /** What the officer typed; blank fields do not filter. */
    record Search(String name, String caseNumber, String dateOfBirth) {

        boolean isEmpty() {
            return IntakeForm.isBlank(name) && IntakeForm.isBlank(caseNumber) && IntakeForm.isBlank(dateOfBirth);
        }
    }

    /** Newcomers matching every field typed (a name in part); at most a page of 50. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> search(Search search) {
        Map<String, Object> page = api.get()
                .uri(uri -> {
                    uri.path("/api/newcomers").queryParam("size", 50);
                    typed(uri, "name", search.name());
                    typed(uri, "caseNumber", search.caseNumber());
                    typed(uri, "dateOfBirth", search.dateOfBirth());
                    return uri.build();
                })
                .retrieve()
                .body(JSON);
        return (List<Map<String, Object>>) page.get("items");
    }

    private static void typed(UriBuilder uri, String parameter, String value) {
        if (!IntakeForm.isBlank(value)) {
            uri.queryParam(parameter, value.trim());
        }
    }

    /** The newcomer, or empty when unknown; an erased newcomer is the service's 410, which the caller shows. */
    Optional<Map<String, Object>> find(UUID id) {
        try {
            return Optional.ofNullable(
                    api.get().uri("/api/newcomers/{id}", id).retrieve().body(JSON));
        } catch (HttpClientErrorException.NotFound e) {
            return Optional.empty();
        }
    }

    List<Map<String, Object>> partners() {
        return api.get().uri("/api/partners").retrieve().body(JSON_LIST);
    }

    /** The partners whose directory entry requires the newcomer's consent for a referral. */
    List<String> partnersNeedingConsent() {
        return partners().stream()
                .filter(partner -> partner.get("consent") instanceof Map<?, ?> consent
                        && "CONSENT_REQUIRED".equals(consent.get("rule")))
                .map(partner -> String.valueOf(partner.get("code")))
                .toList();
    }

    /** Corrects the profile with a JSON merge patch; the answer is the corrected newcomer, or the problem. */
    Answer correct(UUID id, Map<String, Object> mergePatch) {
        return answer(api.patch()
                .uri("/api/newcomers/{id}", id)
                .contentType(MERGE_PATCH)
                .body(mergePatch));
    }

    /** Records the intake; the answer is the created newcomer, or the service's problem (400, 409). */
    Answer record(Map<String, Object> body, String idempotencyKey) {
        return answer(api.post()
                .uri("/api/newcomers")
                .contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", idempotencyKey)
                .body(body));
    }

    /** Records a follow-up conversation as held; the answer is the follow-up, or the service's problem. */
    Answer recordFollowUp(UUID id, int number, Map<String, Object> body) {
        return answer(api.post()
                .uri("/api/newcomers/{id}/follow-ups/{number}", id, number)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body));
    }

    /** Erases the newcomer's personal data; erasing twice changes nothing. */
    void erase(UUID id) {
        api.delete().uri("/api/newcomers/{id}", id).retrieve().toBodilessEntity();
    }

    private static Answer answer(RestClient.RequestBodySpec request) {
        return request.header("Accept-Language", LocaleContextHolder.getLocale().toLanguageTag())
                .exchange((sent, response) -> {
                    Map<String, Object> answer = response.bodyTo(JSON);
                    return new Answer(response.getStatusCode().value(), answer == null ? Map.of() : answer);
                });
    }

    /** The service's status and body. */
    record Answer(int status, Map<String, Object> body) {

        boolean created() {
            return status == 201;
        }

        boolean ok() {
            return status == 200;
        }
    }
}
