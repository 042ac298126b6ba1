package nl.wegwijs.platform.issuer;

import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits how often a sign-in link may be asked for: per e-mail address (so nobody floods a person's mailbox) and per
 * client address (so nobody floods the mail server with guessed addresses). One Resilience4j rate limiter per key;
 * a request over either limit gets a page that says so, known address or not, and no mail.
 */
final class SignInLinkLimits extends OncePerRequestFilter {

    private final RequestMatcher generate =
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/ott/generate");
    private final RateLimiterRegistry perEmailAddress;
    private final RateLimiterRegistry perClientAddress;
    private final Duration window;

    SignInLinkLimits(int perEmailAddress, int perClientAddress, Duration window) {
        this.perEmailAddress = RateLimiterRegistry.of(config(perEmailAddress, window));
        this.perClientAddress = RateLimiterRegistry.of(config(perClientAddress, window));
        this.window = window;
    }

    private static RateLimiterConfig config(int requests, Duration window) {
        return RateLimiterConfig.custom()
                .limitForPeriod(requests)
                .limitRefreshPeriod(window)
                .timeoutDuration(Duration.ZERO)
                .build();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !generate.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String email = String.valueOf(request.getParameter("username")).trim().toLowerCase(Locale.ROOT);
        boolean allowed = perClientAddress.rateLimiter(request.getRemoteAddr()).acquirePermission()
                && perEmailAddress.rateLimiter(email).acquirePermission();
        if (allowed) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", String.valueOf(window.toSeconds()));
        SignInTexts texts = SignInTexts.of(request);
        SignInPages.respond(response, texts, SignInPages.tooManyRequests(texts, Math.max(1, window.toMinutes())));
    }
}
