package nl.wegwijs.platform;

import java.util.stream.Collectors;
import nl.wegwijs.platform.issuer.DevClient;
import nl.wegwijs.platform.kafka.KafkaLogin;
import nl.wegwijs.platform.kafka.KafkaPrincipals;
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
        String people = platform.people().stream()
                .map(person -> String.format(
                        "  %-32s roles %s%s",
                        person.email(),
                        person.roles(),
                        person.partnerCode() == null ? "" : " partner " + person.partnerCode()))
                .collect(Collectors.joining("\n"));
        String kafkaPrincipals = platform.kafkaPrincipals().stream()
                .map(login -> String.format("  %-24s password %-32s %s", login.user(), login.password(), may(login)))
                .collect(Collectors.joining("\n"));
        KafkaLogin broker = platform.kafkaBrokerLogin();
        KafkaLogin rsd = platform.kafkaLogin("partner-rsd");
        DevClient coordinator = platform.clients().byId("coordinator");
        return """

                ============================================================================
                 Wegwijs is ready (%d ms)
                ============================================================================
                  portal                %s
                %s
                  token issuer          %s
                  Kafka                 %s
                  MongoDB               %s
                  SMTP                  %s:%d   (received mail: %s)
                  data                  %s

                 Development clients (secrets for development only; override with
                 --wegwijs.platform.client-secrets.<client-id>=...):
                %s

                 Kafka principals (SASL SCRAM-SHA-512; development passwords only, override with
                 --wegwijs.platform.kafka-secrets.<principal>=...; who may do what: docs/adr/0018):
                %s
                  %-24s password %-32s the broker's own super user (PLAIN)

                 Read a partner's referrals with kcat (built on librdkafka 2.6.1 or later):
                  kcat -b %s -X security.protocol=SASL_PLAINTEXT -X sasl.mechanisms=SCRAM-SHA-512 \\
                    -X sasl.username=%s -X sasl.password=%s -C -t partner.rsd.referrals.v1 -o beginning -e

                 Portal sign-in (no password: enter the address, open the link from the
                 received mail at %s):
                %s

                 Get a token:
                  curl -s -u %s:%s -d grant_type=client_credentials %s/oauth2/token

                 Stop with Ctrl-C.
                ============================================================================
                """.formatted(
                        platform.startTime().toMillis(),
                        platform.portalUrl(),
                        services,
                        platform.issuerUri(),
                        platform.kafkaBootstrapServers(),
                        withoutCredentials(platform.mongoConnectionString()),
                        platform.settings().host(),
                        platform.smtpPort(),
                        platform.mailViewerUrl(),
                        platform.settings().dataDir().toAbsolutePath().normalize(),
                        clients,
                        kafkaPrincipals,
                        broker.user(),
                        broker.password(),
                        platform.kafkaBootstrapServers(),
                        rsd.user(),
                        rsd.password(),
                        platform.mailViewerUrl(),
                        people,
                        coordinator.clientId(),
                        coordinator.secret(),
                        platform.issuerUri());
    }

    private ReadyBanner() {}

    private static String may(KafkaLogin login) {
        String user = login.user();
        if (user.equals(KafkaPrincipals.OPERATOR)) return "describes and reads every topic";
        if (user.startsWith("partner-")) {
            String slug = user.substring("partner-".length());
            return "reads partner." + slug + ".referrals.v1 (groups " + slug + "-*), writes partner." + slug
                    + ".responses.v1";
        }
        return "the " + user.substring("svc-".length()) + " service";
    }

    /** A MongoDB address given with {@code user:password@} is printed without them. */
    static String withoutCredentials(String connectionString) {
        return connectionString.replaceFirst("//[^/@]*@", "//***@");
    }
}
