package nl.wegwijs.platform.services;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.wegwijs.portal.PortalApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the portal as its own Spring context, configured through the variables its compose service sets. */
public final class PortalLauncher {

    public static RunningPortal start(int port, Map<String, String> variables, ConfigurableApplicationContext shared) {
        List<String> args = new ArrayList<>(ServiceLauncher.SHARED_JVM_ARGUMENTS);
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
