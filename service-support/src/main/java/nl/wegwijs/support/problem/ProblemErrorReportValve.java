package nl.wegwijs.support.problem;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.MediaType;

/**
 * Tomcat's own error report, for requests it refuses before Spring sees them (a malformed path, an invalid
 * character): a problem document instead of an HTML page that names the server.
 */
class ProblemErrorReportValve extends ErrorReportValve {

    private final ProblemResponses problems;

    ProblemErrorReportValve(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(problems.forStatus(request, status));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client went away or the response was already committed: nothing more to tell it.
        }
    }
}
