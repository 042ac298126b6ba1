package nl.wegwijs.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;
import nl.wegwijs.support.problem.ProblemMessages;
import nl.wegwijs.support.problem.ProblemResponses;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/** Bodies sent without a Content-Length (chunked) are measured while read; MockMvc always sends a length. */
class BodySizeLimitTest {

    private final BodySizeLimit filter = new BodySizeLimit(
            64, new ProblemResponses(JsonMapper.builder().build(), ProblemMessages.forService("intake-service")));

    @Test
    void chunkedBodyOverTheLimitIsRefusedWith413NamingTheBody() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicReference<HttpServletRequest> passed = new AtomicReference<>();

        filter.doFilter(chunked(new byte[65]), response, (req, res) -> passed.set((HttpServletRequest) req));

        assertThat(passed).hasNullValue();
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"field\":\"body\"");
    }

    @Test
    void chunkedBodyWithinTheLimitReachesTheApplicationWhole() throws Exception {
        AtomicReference<byte[]> read = new AtomicReference<>();

        filter.doFilter(chunked("{\"ok\": true}".getBytes()), new MockHttpServletResponse(), (req, res) -> {
            try {
                read.set(req.getInputStream().readAllBytes());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(new String(read.get())).isEqualTo("{\"ok\": true}");
    }

    private static MockHttpServletRequest chunked(byte[] body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/newcomers") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        request.setContent(body);
        return request;
    }
}
