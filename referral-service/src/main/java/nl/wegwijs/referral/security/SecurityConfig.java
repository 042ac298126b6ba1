package nl.wegwijs.referral.security;

import nl.wegwijs.referral.web.ProblemResponses;
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
                        // The API description holds no personal data.
                        .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**")
                        .permitAll()
                        .requestMatchers("/api/partner/**")
                        .hasRole("PARTNER")
                        // Intake officers read the status and timeline of any referral for follow-up conversations
                        // (reading only; the municipality holds the regie over all of them).
                        .requestMatchers(HttpMethod.GET, "/api/referrals", "/api/referrals/**")
                        .hasAnyRole("COORDINATOR", "INTAKE")
                        .requestMatchers("/api/**")
                        .hasRole("COORDINATOR")
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
