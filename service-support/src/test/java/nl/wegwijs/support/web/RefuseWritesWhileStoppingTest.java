package nl.wegwijs.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import nl.wegwijs.support.problem.ProblemMessages;
import nl.wegwijs.support.problem.ProblemResponses;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/** While the service stops, writes get 503 with Retry-After and never reach a controller; reads still do. */
class RefuseWritesWhileStoppingTest {

    private final RefuseWritesWhileStopping filter = new RefuseWritesWhileStopping(
            new ProblemResponses(JsonMapper.builder().build(), ProblemMessages.forService("test-service")));
    private final AtomicInteger passed = new AtomicInteger();

    @Test
    void writesAreRefusedOnceReadinessGoesDownAndReadsStillServed() throws Exception {
        assertThat(send("POST").getStatus()).as("running").isEqualTo(200);

        filter.readiness(new AvailabilityChangeEvent<>(this, ReadinessState.REFUSING_TRAFFIC));
        MockHttpServletResponse write = send("POST");
        MockHttpServletResponse read = send("GET");

        assertThat(write.getStatus()).isEqualTo(503);
        assertThat(write.getHeader("Retry-After")).isEqualTo("5");
        assertThat(write.getContentType()).isEqualTo("application/problem+json");
        assertThat(write.getContentAsString()).contains("De dienst stopt");
        assertThat(read.getStatus()).isEqualTo(200);
        assertThat(passed).hasValue(2);
    }

    private MockHttpServletResponse send(String method) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(
                new MockHttpServletRequest(method, "/api/some"), response, (req, res) -> passed.incrementAndGet());
        return response;
    }
}
