package nl.wegwijs.support.problem;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;

/**
 * Builds problem documents in the request's language, for the shared handler and for a service's own exception
 * handlers: {@code problems.detail(HttpStatus.NOT_FOUND, request, "referral.not-found", id)}.
 */
public class Problems {

    private final ProblemMessages messages;

    public Problems(ProblemMessages messages) {
        this.messages = messages;
    }

    public static Locale locale(WebRequest request) {
        HttpServletRequest servlet = request instanceof NativeWebRequest nativeRequest
                ? nativeRequest.getNativeRequest(HttpServletRequest.class)
                : null;
        return servlet == null ? ProblemLanguage.DUTCH : ProblemLanguage.of(servlet);
    }

    /** A problem whose detail is the message {@code detailCode}, title and detail in the request's language. */
    public ProblemDetail detail(HttpStatusCode status, WebRequest request, String detailCode, Object... args) {
        Locale locale = locale(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.text(detailCode, locale, args));
        problem.setTitle(messages.title(status, locale));
        return problem;
    }

    /** Names the refused fields in {@code errors}, their messages in the request's language. */
    public ProblemDetail withErrors(ProblemDetail problem, List<FieldProblem> errors, WebRequest request) {
        if (!errors.isEmpty()) {
            Locale locale = locale(request);
            problem.setProperty(
                    "errors",
                    errors.stream()
                            .map(error -> Map.of("field", error.field(), "message", message(error, locale)))
                            .toList());
        }
        return problem;
    }

    private String message(FieldProblem error, Locale locale) {
        if (error.constraint() != null) {
            return messages.resolve(error.constraint(), locale);
        }
        return error.message() == null
                ? messages.text("field.invalid", locale)
                : messages.text(error.message(), locale, error.args().toArray());
    }

    public ResponseEntity<Object> response(ProblemDetail problem, WebRequest request) {
        return ResponseEntity.status(problem.getStatus())
                .header(HttpHeaders.CONTENT_LANGUAGE, locale(request).toLanguageTag())
                .body(problem);
    }

    ProblemMessages messages() {
        return messages;
    }
}
