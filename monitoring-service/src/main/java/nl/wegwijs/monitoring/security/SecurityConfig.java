package nl.wegwijs.monitoring.security;

import nl.wegwijs.support.security.ServiceSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Only the coordinator reads the monitoring API, except a partner's own deadlines and the expected contact on an
 * agreements card (also the intake officer); the rest is the shared resource-server security (docs/adr/0014).
 */
@Configuration
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ServiceSecurity security) throws Exception {
        return security.filterChain(
                http,
                api -> api
                        // A partner's own deadlines, for the portal's inbox (partner from the token).
                        .requestMatchers(ServiceSecurity.reads("/api/partner/deadlines"))
                        .hasRole("PARTNER")
                        // The expected contact on a newcomer's agreements card, relayed by the intake service.
                        .requestMatchers(
                                ServiceSecurity.reads("/api/reports/contact-expectations", "/api/referrals/deadlines"))
                        .hasAnyRole("INTAKE", "COORDINATOR")
                        .requestMatchers("/api/**")
                        .hasRole("COORDINATOR"));
    }
}
