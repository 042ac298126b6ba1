package nl.wegwijs.support.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the RFC 9457 problem documents for requests that a filter or security stops before any controller runs, in
 * the request's language.
 */
public class ProblemResponses {

    private final JsonMapper json;
    private final ProblemMessages messages;

    public ProblemResponses(JsonMapper json, ProblemMessages messages) {
        this.json = json;
        this.messages = messages;
    }

    public void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer");
        write(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthorized", null);
    }

    public void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "problem.forbidden", null);
    }

    /**
     * A problem document whose detail is the message {@code detailCode}; {@code field}, when given, is named in
     * {@code errors}.
     */
    public void write(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            String detailCode,
            String field,
            Object... args)
            throws IOException {
        Locale locale = ProblemLanguage.of(request);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setHeader("Content-Language", locale.toLanguageTag());
        json.writeValue(
                response.getOutputStream(),
                document(request, status.value(), messages.text(detailCode, locale, args), field));
    }

    /**
     * The problem document for an error status that no controller described (an unknown path, a request Tomcat
     * refused before the application saw it), in the request's language.
     */
    String forStatus(HttpServletRequest request, int status) {
        Locale locale = ProblemLanguage.of(request);
        String detail = messages.textOrNull("problem.error." + status, locale);
        return json.writeValueAsString(
                document(request, status, detail == null ? messages.text("problem.error", locale) : detail, null));
    }

    private Map<String, Object> document(HttpServletRequest request, int status, String detail, String field) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("title", messages.title(HttpStatusCode.valueOf(status), ProblemLanguage.of(request)));
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        if (field != null) {
            problem.put("errors", List.of(Map.of("field", field, "message", detail)));
        }
        return problem;
    }
}
