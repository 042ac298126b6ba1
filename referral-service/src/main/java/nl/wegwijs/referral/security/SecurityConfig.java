package nl.wegwijs.referral.security;

import nl.wegwijs.support.security.ServiceSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** Who may do what in the referral API; the rest is the shared resource-server security (docs/adr/0014). */
@Configuration
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ServiceSecurity security) throws Exception {
        return security.filterChain(
                http,
                api -> api.requestMatchers("/api/partner/**")
                        .hasRole("PARTNER")
                        // Intake officers read the status and timeline of any referral for follow-up conversations
                        // (reading only; the municipality holds the regie over all of them).
                        .requestMatchers(ServiceSecurity.reads("/api/referrals", "/api/referrals/**"))
                        .hasAnyRole("COORDINATOR", "INTAKE")
                        .requestMatchers("/api/**")
                        .hasRole("COORDINATOR"));
    }
}
