package nl.wegwijs.support.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The 401 and 403 that security writes before any controller runs, in the request's language. */
class ProblemResponsesTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final ProblemResponses problems = new ProblemResponses(json, ProblemMessages.forService("test-service"));

    @Test
    void unauthorizedInDutchByDefault() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        problems.unauthorized(request(null), response, new BadCredentialsException("expired"));

        JsonNode problem = json.readTree(response.getContentAsString());
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeader("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getHeader("Content-Language")).isEqualTo("nl");
        assertThat(problem.get("title").asString()).isEqualTo("Niet aangemeld");
        assertThat(problem.get("detail").asString()).isEqualTo("Een geldig bearer-token is nodig.");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/some");
    }

    @Test
    void forbiddenInEnglishWhenAsked() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        problems.forbidden(request("en"), response, new AccessDeniedException("no"));

        JsonNode problem = json.readTree(response.getContentAsString());
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(problem.get("title").asString()).isEqualTo("Forbidden");
        assertThat(problem.get("detail").asString()).isEqualTo("Your role does not allow this request.");
    }

    @Test
    void aFilterProblemNamesItsFieldWithArgumentsFilledIn() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        problems.write(
                request(null),
                response,
                org.springframework.http.HttpStatus.CONTENT_TOO_LARGE,
                "problem.body-too-large",
                "body",
                65536);

        JsonNode problem = json.readTree(response.getContentAsString());
        assertThat(problem.get("detail").asString()).isEqualTo("De inhoud van het verzoek is groter dan 65536 bytes.");
        assertThat(problem.at("/errors/0/field").asString()).isEqualTo("body");
    }

    private static MockHttpServletRequest request(String acceptLanguage) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/some");
        if (acceptLanguage != null) {
            request.addHeader("Accept-Language", acceptLanguage);
        }
        return request;
    }
}
