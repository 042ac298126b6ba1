package nl.wegwijs.support.security;

import java.util.stream.Stream;
import nl.wegwijs.support.problem.ProblemResponses;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The security every service shares: a stateless JWT resource server, roles from the {@code roles} claim, problem
 * documents for 401 and 403, health, info and the API description open, metrics for METRICS and COORDINATOR. A
 * service adds only its own URL rules:
 *
 * <pre>{@code security.filterChain(http, api -> api.requestMatchers("/api/**").hasRole("COORDINATOR"))}</pre>
 */
public class ServiceSecurity {

    private final ProblemResponses problems;
    private final JwtAuthenticationConverter tokens;

    ServiceSecurity(ProblemResponses problems, JwtAuthenticationConverter tokens) {
        this.problems = problems;
        this.tokens = tokens;
    }

    /**
     * Reading these paths: GET and HEAD alike. Spring MVC answers HEAD with the GET handler, so a rule for GET
     * alone would leave HEAD to a looser rule below it.
     */
    public static RequestMatcher reads(String... patterns) {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        return new OrRequestMatcher(Stream.of(patterns)
                .flatMap(pattern ->
                        Stream.of(paths.matcher(HttpMethod.GET, pattern), paths.matcher(HttpMethod.HEAD, pattern)))
                .map(RequestMatcher.class::cast)
                .toList());
    }

    public SecurityFilterChain filterChain(
            HttpSecurity http,
            Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry>
                    serviceRules)
            throws Exception {
        http.authorizeHttpRequests(requests -> {
                    requests.requestMatchers(EndpointRequest.to("health", "info"))
                            .permitAll()
                            // The API description holds no personal data.
                            .requestMatchers(reads("/v3/api-docs", "/v3/api-docs/**"))
                            .permitAll();
                    serviceRules.customize(requests);
                    requests.requestMatchers("/error")
                            .permitAll()
                            .requestMatchers(EndpointRequest.to("prometheus"))
                            .hasAnyRole("METRICS", "COORDINATOR")
                            .anyRequest()
                            .authenticated();
                })
                .oauth2ResourceServer(oauth2 -> oauth2.jwt(jwt -> jwt.jwtAuthenticationConverter(tokens))
                        .authenticationEntryPoint(problems::unauthorized)
                        .accessDeniedHandler(problems::forbidden))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems::unauthorized)
                        .accessDeniedHandler(problems::forbidden))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }
}
