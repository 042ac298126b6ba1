package nl.wegwijs.support.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import nl.wegwijs.support.problem.ProblemResponses;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * From the moment the service starts to stop (readiness goes to REFUSING_TRAFFIC when its context closes, before the
 * web server and the Kafka consumers stop), a request that would change data is answered 503 with
 * {@code Retry-After}: the client sends it again to a running instance rather than being told "done" by one that is
 * going away. Reads are still served (docs/adr/0010-acknowledged-means-durable.md). A service that takes writes
 * switches it on with {@code @Import(RefuseWritesWhileStopping.class)}.
 */
public class RefuseWritesWhileStopping extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "5";
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final ProblemResponses problems;
    private volatile boolean stopping;

    public RefuseWritesWhileStopping(ProblemResponses problems) {
        this.problems = problems;
    }

    @EventListener
    void readiness(AvailabilityChangeEvent<ReadinessState> change) {
        stopping = change.getState() == ReadinessState.REFUSING_TRAFFIC;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (stopping && !READS.contains(request.getMethod())) {
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "problem.stopping", null);
            return;
        }
        chain.doFilter(request, response);
    }
}
