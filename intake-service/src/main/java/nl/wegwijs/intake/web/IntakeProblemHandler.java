package nl.wegwijs.intake.web;

import java.util.List;
import nl.wegwijs.intake.newcomers.ConflictException;
import nl.wegwijs.intake.newcomers.GoneException;
import nl.wegwijs.intake.newcomers.NotFoundException;
import nl.wegwijs.intake.newcomers.PossibleDuplicateException;
import nl.wegwijs.intake.newcomers.RefusedException;
import nl.wegwijs.support.problem.CodedException;
import nl.wegwijs.support.problem.FieldProblem;
import nl.wegwijs.support.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

/**
 * The intake service's own exceptions as problem documents; every other error is the shared handler's
 * (docs/adr/0014). Texts are in {@code intake-service-problems.properties}.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class IntakeProblemHandler {

    private final Problems problems;

    IntakeProblemHandler(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler
    ResponseEntity<Object> refused(RefusedException e, WebRequest request) {
        ProblemDetail problem = problems.detail(HttpStatus.UNPROCESSABLE_CONTENT, request, "problem.integration-rule");
        return problems.response(problems.withErrors(problem, e.problems(), request), request);
    }

    @ExceptionHandler
    ResponseEntity<Object> conflict(ConflictException e, WebRequest request) {
        ProblemDetail problem = coded(HttpStatus.CONFLICT, e, request);
        return problems.response(
                problems.withErrors(problem, List.of(new FieldProblem(e.field(), problem.getDetail())), request),
                request);
    }

    @ExceptionHandler
    ResponseEntity<Object> possibleDuplicate(PossibleDuplicateException e, WebRequest request) {
        ProblemDetail problem = problems.detail(HttpStatus.CONFLICT, request, "newcomer.possible-duplicate");
        problem.setProperty("existingNewcomerId", e.existingNewcomerId());
        return problems.response(problems.withErrors(problem, e.problems(), request), request);
    }

    @ExceptionHandler
    ResponseEntity<Object> notFound(NotFoundException e, WebRequest request) {
        return problems.response(coded(HttpStatus.NOT_FOUND, e, request), request);
    }

    @ExceptionHandler
    ResponseEntity<Object> gone(GoneException e, WebRequest request) {
        return problems.response(coded(HttpStatus.GONE, e, request), request);
    }

    private ProblemDetail coded(HttpStatus status, CodedException e, WebRequest request) {
        return problems.detail(status, request, e.code(), e.args());
    }
}
