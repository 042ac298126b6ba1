package nl.wegwijs.platform.issuer;

import java.util.List;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * Development token issuer: client credentials for systems, and OpenID Connect with one-time e-mail links for
 * people (when started with {@link PeopleSignIn}). Deliberately NOT
 * {@code @SpringBootApplication}: no component scan and no classpath-wide auto-configuration, so
 * Kafka/Mongo/... auto-configurations on the shared classpath never start in this context.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@ImportAutoConfiguration({
    PropertyPlaceholderAutoConfiguration.class,
    TomcatServletWebServerAutoConfiguration.class,
    ServletWebSecurityAutoConfiguration.class,
    SecurityFilterAutoConfiguration.class
})
@Import({TokenIssuerConfiguration.class, RevocationConfiguration.class})
public class TokenIssuerApplication {

    /** Entry point for a launcher: {@code TokenIssuerApplication.builder(clients).properties(...).run()}. */
    public static SpringApplicationBuilder builder(List<DevClient> clients) {
        return builder(clients, PeopleSignIn.none());
    }

    /** As {@link #builder(List)}, and people sign in to the portal through this issuer (OpenID Connect). */
    public static SpringApplicationBuilder builder(List<DevClient> clients, PeopleSignIn people) {
        return new SpringApplicationBuilder(TokenIssuerApplication.class)
                .web(WebApplicationType.SERVLET)
                .initializers(clients(clients))
                .initializers(context -> context.getBeanFactory().registerSingleton("peopleSignIn", people));
    }

    /** Registers each client as a {@link DevClient} singleton before the context refreshes. */
    public static ApplicationContextInitializer<ConfigurableApplicationContext> clients(List<DevClient> clients) {
        List<DevClient> copy = List.copyOf(clients);
        return (context) -> copy.forEach(
                (client) -> context.getBeanFactory().registerSingleton("devClient." + client.clientId(), client));
    }
}
