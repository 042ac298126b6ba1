package nl.wegwijs.support.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Replaces Spring Boot's error page and JSON: an error that reached no controller (a filter's exception, a call to
 * {@code /error} itself) is a problem document too. {@code @Controller} although it is declared as a bean: Spring MVC
 * maps only the handlers of types so marked.
 */
@Controller
class ProblemErrorController implements ErrorController {

    private final ProblemResponses problems;

    ProblemErrorController(ProblemResponses problems) {
        this.problems = problems;
    }

    @RequestMapping("/error")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code && code >= 400
                ? code
                : HttpServletResponse.SC_NOT_FOUND;
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setHeader("Content-Language", ProblemLanguage.of(request).toLanguageTag());
        response.getOutputStream().write(problems.forStatus(request, status).getBytes(StandardCharsets.UTF_8));
    }
}
