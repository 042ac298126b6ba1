package nl.wegwijs.portal.regie;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/** The monitoring service's agenda and agreements, asked in the page's language so its problems read right. */
@Component
class AgendaApi {

    private final RestClient monitoring;

    AgendaApi(@Qualifier("monitoringApi") RestClient monitoring) {
        this.monitoring = monitoring;
    }

    Agenda agenda() {
        return monitoring
                .get()
                .uri("/api/reports/regie-overleg")
                .accept(MediaType.APPLICATION_JSON)
                .retrieve()
                .body(Agenda.class);
    }

    /** Records the agreement; answers the service's message per field it refused, empty when it was kept. */
    Map<String, String> record(AgreementForm form) {
        try {
            monitoring
                    .put()
                    .uri("/api/reports/regie-overleg/agreements/{item}", form.item())
                    .header(
                            HttpHeaders.ACCEPT_LANGUAGE,
                            LocaleContextHolder.getLocale().getLanguage())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(form.body())
                    .retrieve()
                    .toBodilessEntity();
            return Map.of();
        } catch (HttpClientErrorException.BadRequest e) {
            Problem problem = e.getResponseBodyAs(Problem.class);
            Map<String, String> errors = new LinkedHashMap<>();
            if (problem != null && problem.errors() != null) {
                problem.errors().forEach(error -> errors.putIfAbsent(error.field(), error.message()));
            }
            if (errors.isEmpty()) {
                errors.put("", problem == null ? e.getStatusText() : problem.detail());
            }
            return errors;
        }
    }

    record Problem(String detail, List<FieldError> errors) {}

    record FieldError(String field, String message) {}
}
