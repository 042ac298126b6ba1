package nl.wegwijs.platform.issuer;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A client that sends a wrong secret {@code maxFailures} times in a row is locked out of the token endpoint for
 * {@code lockout}, right secret or not, so a development secret like {@code <client>-dev-secret} cannot be guessed at
 * speed. A right secret before the limit starts the count again. The count lives in memory: a restart forgets it.
 */
final class ClientLockout extends OncePerRequestFilter {

    private final RequestMatcher tokenEndpoint =
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/oauth2/token");
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final int maxFailures;
    private final Duration lockout;
    private final Clock clock;

    ClientLockout(int maxFailures, Duration lockout, Clock clock) {
        this.maxFailures = maxFailures;
        this.lockout = lockout;
        this.clock = clock;
    }

    private record Failures(int count, Instant lockedUntil) {}

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !tokenEndpoint.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String client = clientId(request);
        if (client == null) {
            chain.doFilter(request, response);
            return;
        }
        Failures before = failures.get(client);
        if (before != null && before.lockedUntil() != null && clock.instant().isBefore(before.lockedUntil())) {
            locked(response, before.lockedUntil());
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
            failures.compute(client, (id, counted) -> {
                int count = counted == null || counted.lockedUntil() != null ? 1 : counted.count() + 1;
                return new Failures(
                        count, count >= maxFailures ? clock.instant().plus(lockout) : null);
            });
        } else if (response.getStatus() < 400) {
            failures.remove(client);
        }
    }

    private void locked(HttpServletResponse response, Instant until) throws IOException {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(
                HttpHeaders.RETRY_AFTER,
                String.valueOf(
                        Math.max(1, Duration.between(clock.instant(), until).toSeconds())));
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getWriter()
                .write("{\"error\":\"invalid_client\",\"error_description\":"
                        + "\"Locked after repeated wrong client secrets; try again later.\"}");
    }

    /** The client named by HTTP Basic authentication or by the {@code client_id} form field. */
    private static String clientId(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(
                        Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon > 0 ? decoded.substring(0, colon) : null;
            } catch (IllegalArgumentException notBase64) {
                return null;
            }
        }
        return request.getParameter("client_id");
    }
}
