package nl.wegwijs.platform.services;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.wegwijs.intake.IntakeApplication;
import nl.wegwijs.monitoring.MonitoringApplication;
import nl.wegwijs.notification.NotificationApplication;
import nl.wegwijs.referral.ReferralApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts each service as its own Spring application context, configured through the same variables the compose
 * stack sets ({@code KAFKA_BOOTSTRAP_SERVERS}, {@code MONGODB_URI}, ...): only the addresses differ.
 */
public final class ServiceLauncher {

    /** What the platform adds because the services (and the portal) share one JVM, and nothing else. */
    static final List<String> SHARED_JVM_ARGUMENTS = List.of(
            "--spring.main.register-shutdown-hook=false",
            "--spring.main.banner-mode=off",
            "--logging.register-shutdown-hook=false",
            "--logging.include-application-name=false",
            // The token issuer's starter shares the classpath; in a service it would add a stray JWT decoder, and the
            // portal is a client of the issuer, never one itself.
            "--spring.autoconfigure.exclude="
                    + "org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet"
                    + ".OAuth2AuthorizationServerAutoConfiguration,"
                    + "org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet"
                    + ".OAuth2AuthorizationServerJwtAutoConfiguration");

    public enum Service {
        INTAKE("intake-service", "INTAKE_PORT", IntakeApplication::application),
        REFERRAL("referral-service", "REFERRAL_PORT", ReferralApplication::application),
        MONITORING("monitoring-service", "MONITORING_PORT", MonitoringApplication::application),
        NOTIFICATION("notification-service", "NOTIFICATION_PORT", NotificationApplication::application);

        private final String displayName;
        private final String portVariable;
        private final Supplier<SpringApplicationBuilder> application;

        Service(String displayName, String portVariable, Supplier<SpringApplicationBuilder> application) {
            this.displayName = displayName;
            this.portVariable = portVariable;
            this.application = application;
        }

        public String displayName() {
            return displayName;
        }
    }

    public static RunningService start(
            Service service, int port, Map<String, String> variables, ConfigurableApplicationContext shared) {
        List<String> args = new ArrayList<>(SHARED_JVM_ARGUMENTS);
        args.add("--" + service.portVariable + "=" + port);
        variables.forEach((variable, value) -> args.add("--" + variable + "=" + value));
        ConfigurableApplicationContext context =
                service.application.get().parent(shared).run(args.toArray(String[]::new));
        int actualPort = ((WebServerApplicationContext) context).getWebServer().getPort();
        return new RunningService(service, actualPort, context);
    }

    public record RunningService(Service service, int port, ConfigurableApplicationContext context)
            implements AutoCloseable {
        @Override
        public void close() {
            context.close();
        }
    }

    private ServiceLauncher() {}
}
