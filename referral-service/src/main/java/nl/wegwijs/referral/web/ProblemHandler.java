package nl.wegwijs.referral.web;

import java.util.List;
import java.util.Map;
import nl.wegwijs.referral.lifecycle.Action;
import nl.wegwijs.referral.lifecycle.MissingDetail;
import nl.wegwijs.referral.lifecycle.TransitionRefused;
import nl.wegwijs.referral.referrals.ReferralNotFound;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;

/**
 * Turns every error into an RFC 9457 problem document. Validation problems name the offending fields in
 * {@code errors}, so a client can point the officer at the right input.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler(ReferralNotFound.class)
    ResponseEntity<Object> notFound(ReferralNotFound e, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        return handleExceptionInternal(e, problem, new HttpHeaders(), HttpStatus.NOT_FOUND, request);
    }

    /** 409 with the current status and the steps allowed from it; a partner sees only its own kind of step. */
    @ExceptionHandler(TransitionRefused.class)
    ResponseEntity<Object> refused(TransitionRefused e, WebRequest request) {
        boolean partnerApi = request instanceof ServletWebRequest servlet
                && servlet.getRequest().getRequestURI().startsWith("/api/partner/");
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("currentStatus", e.current());
        problem.setProperty(
                "allowedActions",
                e.allowed().stream()
                        .filter(action -> !partnerApi || action.isPartnerApiAction())
                        .sorted()
                        .map(Action::pathName)
                        .toList());
        return handleExceptionInternal(e, problem, new HttpHeaders(), HttpStatus.CONFLICT, request);
    }

    @ExceptionHandler(MissingDetail.class)
    ResponseEntity<Object> missingDetail(MissingDetail e, WebRequest request) {
        return badRequest(
                "The request lacks what this step needs.",
                List.of(fieldError(e.field(), e.getMessage())),
                new HttpHeaders(),
                request);
    }

    @ExceptionHandler(InvalidParameter.class)
    ResponseEntity<Object> invalidParameter(InvalidParameter e, WebRequest request) {
        return badRequest(
                "The request has invalid parameters.",
                List.of(fieldError(e.field(), e.getMessage())),
                new HttpHeaders(),
                request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = e.getPropertyName() == null ? "" : e.getPropertyName();
        return badRequest(
                "The request has invalid parameters.",
                List.of(fieldError(field, "is not a valid value")),
                headers,
                request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> fieldError(error.getField(), error.getDefaultMessage()))
                .toList();
        return badRequest("The request has invalid fields.", errors, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (FieldMessages.databindCause(e) instanceof DatabindException databind) {
            String field = databind.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                    .orElse("");
            return badRequest(
                    "The request body could not be read.",
                    List.of(fieldError(field, FieldMessages.of(databind))),
                    headers,
                    request);
        }
        return badRequest("The request body is not valid JSON.", List.of(), headers, request);
    }

    private ResponseEntity<Object> badRequest(
            String detail, List<Map<String, String>> errors, HttpHeaders headers, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return handleExceptionInternal(
                new IllegalArgumentException(detail), problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    private static Map<String, String> fieldError(String field, String message) {
        return Map.of("field", field, "message", message == null ? "invalid" : message);
    }
}
