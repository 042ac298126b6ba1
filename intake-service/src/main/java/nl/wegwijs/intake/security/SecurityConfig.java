package nl.wegwijs.intake.security;

import nl.wegwijs.intake.web.ProblemResponses;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

@Configuration
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ProblemResponses problems) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(EndpointRequest.to("health", "info"))
                        .permitAll()
                        // The API description holds no personal data (issue 3: OpenAPI is served by the service).
                        .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/audit")
                        .hasRole("COORDINATOR")
                        // docs/design.md section 9: the coordinator may withdraw referrals too.
                        .requestMatchers(HttpMethod.POST, "/api/newcomers/*/referrals/*/cancel")
                        .hasAnyRole("INTAKE", "COORDINATOR")
                        .requestMatchers(HttpMethod.GET, "/api/**")
                        .hasAnyRole("INTAKE", "COORDINATOR")
                        .requestMatchers("/api/**")
                        .hasRole("INTAKE")
                        .requestMatchers("/error")
                        .permitAll()
                        .requestMatchers(EndpointRequest.to("prometheus"))
                        .hasAnyRole("METRICS", "COORDINATOR")
                        .anyRequest()
                        .authenticated())
                .oauth2ResourceServer(oauth2 -> oauth2.jwt(jwt -> {})
                        .authenticationEntryPoint(problems::unauthorized)
                        .accessDeniedHandler(problems::forbidden))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems::unauthorized)
                        .accessDeniedHandler(problems::forbidden))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }
}
