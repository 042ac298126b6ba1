package nl.wegwijs.platform.services;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.wegwijs.portal.PortalApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the portal as its own Spring context, configured through the variables its compose service sets. */
public final class PortalLauncher {

    private static final List<String> SHARED_JVM_ARGUMENTS = List.of(
            "--spring.main.register-shutdown-hook=false",
            "--spring.main.banner-mode=off",
            "--logging.register-shutdown-hook=false",
            "--logging.include-application-name=false",
            // The token issuer's starter shares the classpath; the portal is a client of it, never an issuer.
            "--spring.autoconfigure.exclude="
                    + "org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet"
                    + ".OAuth2AuthorizationServerAutoConfiguration,"
                    + "org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet"
                    + ".OAuth2AuthorizationServerJwtAutoConfiguration");

    public static RunningPortal start(int port, Map<String, String> variables, ConfigurableApplicationContext shared) {
        List<String> args = new ArrayList<>(SHARED_JVM_ARGUMENTS);
        args.add("--PORTAL_PORT=" + port);
        variables.forEach((variable, value) -> args.add("--" + variable + "=" + value));
        ConfigurableApplicationContext context =
                PortalApplication.application().parent(shared).run(args.toArray(String[]::new));
        int actualPort = ((WebServerApplicationContext) context).getWebServer().getPort();
        return new RunningPortal(actualPort, context);
    }

    public record RunningPortal(int port, ConfigurableApplicationContext context) implements AutoCloseable {
        @Override
        public void close() {
            context.close();
        }
    }

    private PortalLauncher() {}
}
