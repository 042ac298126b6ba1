package nl.wegwijs.notification.security;

import nl.wegwijs.support.security.ServiceSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** Only the coordinator reads the notification API; the rest is the shared resource-server security (docs/adr/0014). */
@Configuration
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ServiceSecurity security) throws Exception {
        return security.filterChain(http, api -> api.requestMatchers("/api/**").hasRole("COORDINATOR"));
    }
}
