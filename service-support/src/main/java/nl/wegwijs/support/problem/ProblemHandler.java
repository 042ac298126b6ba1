package nl.wegwijs.support.problem;

import java.util.List;
import java.util.Locale;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;

/**
 * Turns every error Spring MVC knows, and {@link InvalidInputException}, into an RFC 9457 problem document in the
 * request's language. Validation problems name the offending fields in {@code errors}, so a client can point the
 * officer at the right input. A service's own exceptions are mapped by its own advice, which runs first.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ProblemHandler extends ResponseEntityExceptionHandler {

    private final Problems problems;
    private final FieldMessages fieldMessages;

    ProblemHandler(Problems problems) {
        this.problems = problems;
        this.fieldMessages = new FieldMessages(problems.messages());
    }

    @ExceptionHandler
    ResponseEntity<Object> invalidInput(InvalidInputException e, WebRequest request) {
        return badRequest("problem.invalid-input", e.problems(), new HttpHeaders(), request);
    }

    /** A body a service maps itself, such as a merge patch, that does not fit its type. */
    @ExceptionHandler
    ResponseEntity<Object> forbidden(ForbiddenException e, WebRequest request) {
        return problems.response(problems.detail(HttpStatus.FORBIDDEN, request, e.code(), e.args()), request);
    }

    @ExceptionHandler
    ResponseEntity<Object> databind(DatabindException e, WebRequest request) {
        return unreadable(e, new HttpHeaders(), request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = e.getBindingResult().getFieldErrors().stream()
                .map(FieldProblem::of)
                .toList();
        return badRequest("problem.invalid-fields", errors, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = Problems.locale(request);
        List<FieldProblem> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result instanceof ParameterErrors body
                        ? body.getFieldErrors().stream()
                                .map(error -> new FieldProblem(
                                        error.getField(), problems.messages().resolve(error, locale)))
                        : result.getResolvableErrors().stream()
                                .map(error -> new FieldProblem(
                                        result.getMethodParameter().getParameterName(),
                                        problems.messages().resolve(error, locale))))
                .toList();
        return badRequest("problem.invalid-parameters", errors, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field =
                e instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : e.getPropertyName();
        String message = fieldMessages.forType(e.getRequiredType(), Problems.locale(request));
        return badRequest(
                "problem.invalid-parameters",
                List.of(new FieldProblem(field == null ? "" : field, message)),
                headers,
                request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        DatabindException databind = FieldMessages.databindCause(e.getCause());
        if (databind != null) {
            return unreadable(databind, headers, request);
        }
        return badRequest("problem.not-json", List.of(), headers, request);
    }

    /**
     * Every problem gets its title in the request's language; one that Spring MVC wrote itself (405, 415, a missing
     * parameter) its detail too, where the bundles hold one.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            Locale locale = Problems.locale(request);
            problem.setTitle(problems.messages().title(status, locale));
            if (e instanceof ErrorResponse spring) {
                String detail = problems.messages()
                        .textOrNull(spring.getDetailMessageCode(), locale, spring.getDetailMessageArguments());
                if (detail != null) {
                    problem.setDetail(detail);
                }
            }
            HttpHeaders localized = HttpHeaders.copyOf(headers);
            localized.set(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag());
            return super.handleExceptionInternal(e, body, localized, status, request);
        }
        return super.handleExceptionInternal(e, body, headers, status, request);
    }

    private ResponseEntity<Object> unreadable(DatabindException databind, HttpHeaders headers, WebRequest request) {
        String message = fieldMessages.of(databind, Problems.locale(request));
        return badRequest(
                "problem.unreadable-body",
                List.of(new FieldProblem(FieldMessages.field(databind), message)),
                headers,
                request);
    }

    private ResponseEntity<Object> badRequest(
            String detailCode, List<FieldProblem> errors, HttpHeaders headers, WebRequest request) {
        ProblemDetail problem =
                problems.withErrors(problems.detail(HttpStatus.BAD_REQUEST, request, detailCode), errors, request);
        return handleExceptionInternal(
                new IllegalArgumentException(problem.getDetail()), problem, headers, HttpStatus.BAD_REQUEST, request);
    }
}
