package nl.wegwijs.intake.security;

import nl.wegwijs.support.security.ServiceSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** Who may do what in the intake API; the rest is the shared resource-server security (docs/adr/0014). */
@Configuration
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ServiceSecurity security) throws Exception {
        return security.filterChain(
                http,
                api -> api.requestMatchers(ServiceSecurity.reads("/api/newcomer-keys/*"))
                        // The services that read newcomers' events, with their own tokens (docs/adr/0025).
                        .hasRole("NEWCOMER_KEYS")
                        .requestMatchers(ServiceSecurity.reads("/api/audit"))
                        .hasRole("COORDINATOR")
                        // docs/design.md section 9: the coordinator may withdraw referrals too.
                        .requestMatchers(HttpMethod.POST, "/api/newcomers/*/referrals/*/cancel")
                        .hasAnyRole("INTAKE", "COORDINATOR")
                        .requestMatchers(ServiceSecurity.reads("/api/**"))
                        .hasAnyRole("INTAKE", "COORDINATOR")
                        .requestMatchers("/api/**")
                        .hasRole("INTAKE"));
    }
}
