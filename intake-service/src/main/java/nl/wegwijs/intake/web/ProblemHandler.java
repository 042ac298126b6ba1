package nl.wegwijs.intake.web;

import java.util.List;
import java.util.Map;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;

/**
 * Turns every error into an RFC 9457 problem document. Validation problems name the offending fields in
 * {@code errors}, so a client can point the officer at the right input.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> fieldError(error.getField(), error.getDefaultMessage()))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, "The request has invalid fields.", errors, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result instanceof ParameterErrors body
                        ? body.getFieldErrors().stream()
                                .map(error -> fieldError(error.getField(), error.getDefaultMessage()))
                        : result.getResolvableErrors().stream()
                                .map(error ->
                                        fieldError(result.getMethodParameter().getParameterName(), message(error))))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, "The request has invalid parameters.", errors, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = e.getPropertyName() == null ? "" : e.getPropertyName();
        return problem(
                HttpStatus.BAD_REQUEST,
                "The request has invalid parameters.",
                List.of(fieldError(field, "is not a valid value")),
                headers,
                request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof DatabindException databind) {
                return unreadable(databind, headers, request);
            }
        }
        return problem(HttpStatus.BAD_REQUEST, "The request body is not valid JSON.", List.of(), headers, request);
    }

    @ExceptionHandler
    ResponseEntity<Object> databind(DatabindException e, WebRequest request) {
        return unreadable(e, new HttpHeaders(), request);
    }

    @ExceptionHandler
    ResponseEntity<Object> invalid(InvalidInputException e, WebRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "The request has invalid fields.", errors(e.problems()), request);
    }

    @ExceptionHandler
    ResponseEntity<Object> refused(RefusedException e, WebRequest request) {
        return problem(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "The request breaks a rule of the integration route.",
                errors(e.problems()),
                request);
    }

    @ExceptionHandler
    ResponseEntity<Object> conflict(ConflictException e, WebRequest request) {
        return problem(HttpStatus.CONFLICT, e.getMessage(), List.of(fieldError(e.field(), e.getMessage())), request);
    }

    @ExceptionHandler
    ResponseEntity<Object> possibleDuplicate(PossibleDuplicateException e, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT,
                "A newcomer with the same name and date of birth was recorded before (existingNewcomerId). If this is"
                        + " a different person, send the intake again with differentPersonConfirmed: true.");
        problem.setProperty("existingNewcomerId", e.existingNewcomerId());
        problem.setProperty("errors", errors(e.problems()));
        return handleExceptionInternal(e, problem, new HttpHeaders(), HttpStatus.CONFLICT, request);
    }

    @ExceptionHandler
    ResponseEntity<Object> notFound(NotFoundException e, WebRequest request) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage(), List.of(), request);
    }

    @ExceptionHandler
    ResponseEntity<Object> gone(GoneException e, WebRequest request) {
        return problem(HttpStatus.GONE, e.getMessage(), List.of(), request);
    }

    private ResponseEntity<Object> unreadable(DatabindException databind, HttpHeaders headers, WebRequest request) {
        String field = databind.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                .orElse("");
        return problem(
                HttpStatus.BAD_REQUEST,
                "The request body could not be read.",
                List.of(fieldError(field, FieldMessages.of(databind))),
                headers,
                request);
    }

    private ResponseEntity<Object> problem(
            HttpStatus status, String detail, List<Map<String, String>> errors, WebRequest request) {
        return problem(status, detail, errors, new HttpHeaders(), request);
    }

    private ResponseEntity<Object> problem(
            HttpStatus status,
            String detail,
            List<Map<String, String>> errors,
            HttpHeaders headers,
            WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return handleExceptionInternal(new IllegalArgumentException(detail), problem, headers, status, request);
    }

    private static List<Map<String, String>> errors(List<FieldProblem> problems) {
        return problems.stream().map(p -> fieldError(p.field(), p.message())).toList();
    }

    private static String message(MessageSourceResolvable error) {
        return error.getDefaultMessage();
    }

    private static Map<String, String> fieldError(String field, String message) {
        return Map.of("field", field, "message", message == null ? "invalid" : message);
    }
}
