package nl.wegwijs.platform.issuer;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /revoked-tokens}: {@code {"revoked":["<jti>",...]}}, the ids of revoked access tokens that have not
 * expired, which every service fetches (docs/adr/0024). Open like the key set: a token id names no one.
 */
final class RevokedTokensFilter extends OncePerRequestFilter {

    static final String PATH = "/revoked-tokens";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RequestMatcher list = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, PATH);
    private final RevokedTokens revoked;

    RevokedTokensFilter(RevokedTokens revoked) {
        this.revoked = revoked;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!list.matches(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setHeader("Cache-Control", "no-store");
        JSON.writeValue(response.getOutputStream(), Map.of("revoked", revoked.unexpired()));
    }
}
