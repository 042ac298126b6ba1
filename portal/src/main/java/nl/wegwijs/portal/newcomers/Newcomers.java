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

/**
 * The intake service's API as the signed-in officer or coordinator. Problems come back in the page's language, so
 * the form shows the service's own field messages.
 */
@Component
class Newcomers {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_LIST =
            new ParameterizedTypeReference<>() {};

    private final RestClient api;

    Newcomers(@Qualifier("intakeApi") RestClient api) {
        this.api = api;
    }

    /** Newcomers whose name contains {@code name}, or with that case number; at most a page of 50. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> search(String name, String caseNumber) {
        Map<String, Object> page = api.get()
                .uri(uri -> {
                    uri.path("/api/newcomers").queryParam("size", 50);
                    if (!IntakeForm.isBlank(name)) {
                        uri.queryParam("name", name.trim());
                    }
                    if (!IntakeForm.isBlank(caseNumber)) {
                        uri.queryParam("caseNumber", caseNumber.trim());
                    }
                    return uri.build();
                })
                .retrieve()
                .body(JSON);
        return (List<Map<String, Object>>) page.get("items");
    }

    Optional<Map<String, Object>> find(UUID id) {
        try {
            return Optional.ofNullable(
                    api.get().uri("/api/newcomers/{id}", id).retrieve().body(JSON));
        } catch (HttpClientErrorException.NotFound | HttpClientErrorException.Gone e) {
            return Optional.empty();
        }
    }

    List<Map<String, Object>> partners() {
        return api.get().uri("/api/partners").retrieve().body(JSON_LIST);
    }

    /** Records the intake; the answer is the created newcomer, or the service's problem (400, 409). */
    Answer record(Map<String, Object> body, String idempotencyKey) {
        return api.post()
                .uri("/api/newcomers")
                .contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", LocaleContextHolder.getLocale().toLanguageTag())
                .header("Idempotency-Key", idempotencyKey)
                .body(body)
                .exchange((request, response) -> {
                    Map<String, Object> answer = response.bodyTo(JSON);
                    return new Answer(response.getStatusCode().value(), answer == null ? Map.of() : answer);
                });
    }

    /** The service's status and body. */
    record Answer(int status, Map<String, Object> body) {

        boolean created() {
            return status == 201;
        }
    }
}
