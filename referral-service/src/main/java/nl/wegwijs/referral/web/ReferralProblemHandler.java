package nl.wegwijs.referral.web;

import java.util.List;
import nl.wegwijs.referral.lifecycle.Action;
import nl.wegwijs.referral.lifecycle.MissingDetail;
import nl.wegwijs.referral.lifecycle.TransitionRefused;
import nl.wegwijs.referral.lifecycle.UnknownAction;
import nl.wegwijs.referral.partnerapi.KeyGone;
import nl.wegwijs.referral.referrals.ReferralNotFound;
import nl.wegwijs.support.problem.FieldProblem;
import nl.wegwijs.support.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;

/**
 * The referral service's own exceptions as problem documents; every other error is the shared handler's
 * (docs/adr/0014). Texts are in {@code referral-service-problems.properties}.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReferralProblemHandler {

    private final Problems problems;

    ReferralProblemHandler(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler
    ResponseEntity<Object> notFound(ReferralNotFound e, WebRequest request) {
        return problems.response(problems.detail(HttpStatus.NOT_FOUND, request, e.code(), e.args()), request);
    }

    @ExceptionHandler
    ResponseEntity<Object> keyGone(KeyGone e, WebRequest request) {
        return problems.response(problems.detail(HttpStatus.GONE, request, e.code(), e.args()), request);
    }

    @ExceptionHandler
    ResponseEntity<Object> unknownAction(UnknownAction e, WebRequest request) {
        return problems.response(problems.detail(HttpStatus.NOT_FOUND, request, e.code(), e.args()), request);
    }

    /** 409 with the current status and the steps allowed from it; a partner sees only its own kind of step. */
    @ExceptionHandler
    ResponseEntity<Object> refused(TransitionRefused e, WebRequest request) {
        boolean partnerApi = request instanceof ServletWebRequest servlet
                && servlet.getRequest().getRequestURI().startsWith("/api/partner/");
        ProblemDetail problem = problems.detail(HttpStatus.CONFLICT, request, e.code(), e.args());
        problem.setProperty("currentStatus", e.current());
        problem.setProperty(
                "allowedActions",
                e.allowed().stream()
                        .filter(action -> !partnerApi || action.isPartnerApiAction())
                        .sorted()
                        .map(Action::pathName)
                        .toList());
        return problems.response(problem, request);
    }

    @ExceptionHandler
    ResponseEntity<Object> missingDetail(MissingDetail e, WebRequest request) {
        ProblemDetail problem = problems.detail(HttpStatus.BAD_REQUEST, request, "problem.step-lacks-detail");
        FieldProblem field = new FieldProblem(e.field(), e.code(), List.of(e.args()));
        return problems.response(problems.withErrors(problem, List.of(field), request), request);
    }
}
