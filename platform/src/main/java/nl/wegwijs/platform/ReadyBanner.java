package nl.wegwijs.platform;

import java.util.stream.Collectors;
import nl.wegwijs.platform.issuer.DevClient;
import nl.wegwijs.platform.services.ServiceLauncher.Service;

/** The one message a developer needs after start: every URL, the development clients and how to get a token. */
public final class ReadyBanner {

    public static String render(WegwijsPlatform platform) {
        String services = java.util.Arrays.stream(Service.values())
                .map(service -> String.format(
                        "  %-21s %s   (health: %s/actuator/health)",
                        service.displayName(), platform.serviceUrl(service), platform.serviceUrl(service)))
                .collect(Collectors.joining("\n"));
        String clients = platform.clients().all().stream()
                .map(client -> String.format(
                        "  %-24s secret %-32s roles %s%s",
                        client.clientId(),
                        client.secret(),
                        client.roles(),
                        client.partnerCode() == null ? "" : " partner " + client.partnerCode()))
                .collect(Collectors.joining("\n"));
        DevClient coordinator = platform.clients().byId("coordinator");
        return """

                ============================================================================
                 Wegwijs is ready (%d ms)
                ============================================================================
                %s
                  token issuer          %s
                  Kafka                 %s
                  MongoDB               %s
                  SMTP                  %s:%d   (received mail: %s)
                  data                  %s

                 Development clients (secrets for development only; override with
                 --wegwijs.platform.client-secrets.<client-id>=...):
                %s

                 Get a token:
                  curl -s -u %s:%s -d grant_type=client_credentials %s/oauth2/token

                 Stop with Ctrl-C.
                ============================================================================
                """.formatted(
                        platform.startTime().toMillis(),
                        services,
                        platform.issuerUri(),
                        platform.kafkaBootstrapServers(),
                        withoutCredentials(platform.mongoConnectionString()),
                        platform.settings().host(),
                        platform.smtpPort(),
                        platform.mailViewerUrl(),
                        platform.settings().dataDir().toAbsolutePath().normalize(),
                        clients,
                        coordinator.clientId(),
                        coordinator.secret(),
                        platform.issuerUri());
    }

    private ReadyBanner() {}

    /** A MongoDB address given with {@code user:password@} is printed without them. */
    static String withoutCredentials(String connectionString) {
        return connectionString.replaceFirst("//[^/@]*@", "//***@");
    }
}
