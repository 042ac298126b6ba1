package nl.wegwijs.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.wegwijs.platform.kafka.KafkaPrincipals;
import nl.wegwijs.platform.kafka.KafkaSetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * The compose stack cannot run without Docker, so this keeps it honest: each service is built from a module that
 * exists, listens where its configuration says, and gets every address variable its configuration reads.
 */
class ComposeStackTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*):([^}]*)}");
    private static final String CA = "/certs/ca.pem";
    private static final String CERTS_MOUNT = "./deploy/kafka/certs:/certs:ro";
    private static final Set<String> ADDRESS_VARIABLES =
            Set.of("KAFKA_BOOTSTRAP_SERVERS", "MONGODB_URI", "ISSUER_URI", "SMTP_HOST", "SMTP_PORT");

    @ParameterizedTest
    @ValueSource(
            strings = {"intake-service", "referral-service", "monitoring-service", "notification-service", "portal"})
    @SuppressWarnings("unchecked")
    void composeRunsEachServiceAsItsConfigurationExpects(String service) {
        Map<String, Object> compose = composeService(service);
        Map<String, String> serviceVariables = variablesWithDefaults(service + ".yml");
        @SuppressWarnings("unchecked")
        Map<String, Object> build = (Map<String, Object>) compose.get("build");
        Map<String, String> environment = environment(compose);
        String portVariable = service.replace("-service", "").toUpperCase() + "_PORT";
        String port = serviceVariables.get(portVariable);

        assertThat(ROOT.resolve((String) build.get("dockerfile"))).exists();
        assertThat(ROOT.resolve(service).resolve("pom.xml")).exists();
        assertThat(environment).containsEntry(portVariable, port);
        assertThat((List<Object>) compose.get("ports")).contains(port + ":" + port);
        Set<String> addressesRead = serviceVariables.keySet().stream()
                .filter(ADDRESS_VARIABLES::contains)
                .collect(Collectors.toSet());
        assertThat(addressesRead).isNotEmpty();
        assertThat(environment.keySet()).containsAll(addressesRead);
        assertThat(serviceVariables.keySet()).containsAll(environment.keySet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"intake-service", "referral-service", "monitoring-service", "notification-service"})
    void eachServiceSignsInToKafkaAsItsOwnPrincipalAfterTheSetUp(String service) {
        Map<String, String> environment = environment(composeService(service));
        String principal = KafkaPrincipals.ofService(service);

        assertThat(environment)
                .containsEntry("KAFKA_USERNAME", principal)
                .containsEntry("KAFKA_PASSWORD", KafkaPrincipals.developmentSecret(principal))
                // Over TLS, trusting the development CA (docs/adr/0028); the service's configuration reads all three.
                .containsEntry("KAFKA_SECURITY_PROTOCOL", "SASL_SSL")
                .containsEntry("KAFKA_SSL_TRUSTSTORE_TYPE", "PEM")
                .containsEntry("KAFKA_SSL_TRUSTSTORE_LOCATION", CA);
        assertThat(variablesWithDefaults(service + ".yml"))
                .containsKeys("KAFKA_SECURITY_PROTOCOL", "KAFKA_SSL_TRUSTSTORE_TYPE", "KAFKA_SSL_TRUSTSTORE_LOCATION");
        assertThat(composeService(service).get("volumes").toString()).contains(CERTS_MOUNT);
        assertThat(composeService(service).get("depends_on").toString())
                .contains("kafka-certs={condition=service_completed_successfully}")
                .contains("kafka-setup={condition=service_completed_successfully}");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theComposeBrokerServesNoAnonymousClientAndTheSetUpRunsThePlatformsCode() throws Exception {
        Map<String, String> kafka = environment(composeService("kafka"));
        List<String> setUp = (List<String>) composeService("kafka-setup").get("entrypoint");

        // Every listener, the one published to the host where partners connect (issue 17) and those inside the
        // compose network, takes SASL over TLS (docs/adr/0028).
        assertThat(kafka.get("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP").split(","))
                .hasSize(3)
                .allSatisfy(listener -> assertThat(listener).endsWith(":SASL_SSL"));
        assertThat(kafka).containsEntry("KAFKA_SSL_KEYSTORE_LOCATION", "/certs/kafka.p12");
        assertThat(ROOT.resolve("deploy/kafka/make-certs.sh")).exists();
        assertThat(kafka)
                .containsEntry("KAFKA_AUTHORIZER_CLASS_NAME", "org.apache.kafka.metadata.authorizer.StandardAuthorizer")
                .containsEntry("KAFKA_SUPER_USERS", "User:" + KafkaPrincipals.BROKER);
        assertThat(Class.forName(setUp.get(setUp.size() - 1))).isEqualTo(KafkaSetup.class);
    }

    /** docs/adr/0028: the set-up, the Kafka UI and the broker's own clients reach it over TLS, trusting its CA. */
    @Test
    void theSetUpTheKafkaUiAndTheBrokerItselfSignInOverTlsTrustingTheDevelopmentCa() throws IOException {
        Map<String, String> kafka = environment(composeService("kafka"));

        assertThat(environment(composeService("kafka-setup"))).containsEntry("WEGWIJS_PLATFORM_KAFKA_TRUSTED_CA", CA);
        assertThat(environment(composeService("kafka-ui")))
                .containsEntry("KAFKA_CLUSTERS_0_PROPERTIES_SECURITY_PROTOCOL", "SASL_SSL")
                .containsEntry("KAFKA_CLUSTERS_0_PROPERTIES_SSL_TRUSTSTORE_TYPE", "PEM")
                .containsEntry("KAFKA_CLUSTERS_0_PROPERTIES_SSL_TRUSTSTORE_LOCATION", CA);
        for (String client : List.of("kafka-setup", "kafka-ui", "kafka")) {
            assertThat(composeService(client).get("volumes").toString())
                    .as(client)
                    .contains(CERTS_MOUNT);
        }
        assertThat(composeService("kafka-setup").get("depends_on").toString())
                .contains("kafka-certs={condition=service_completed_successfully}");
        // The broker connects to its own listeners (inter-broker, controller) as a client; so does its healthcheck.
        assertThat(kafka)
                .containsEntry("KAFKA_SSL_TRUSTSTORE_TYPE", "PEM")
                .containsEntry("KAFKA_SSL_TRUSTSTORE_LOCATION", CA);
        assertThat(composeService("kafka").get("healthcheck").toString())
                .contains("--command-config /etc/wegwijs-kafka/broker-client.properties");
        assertThat(Files.readAllLines(ROOT.resolve("deploy/kafka/broker-client.properties")))
                .contains("security.protocol=SASL_SSL", "ssl.truststore.type=PEM", "ssl.truststore.location=" + CA);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"intake-service", "referral-service", "monitoring-service", "notification-service", "platform"})
    void everyImageAndTheRunCommandHaveAHeapBudget(String module) throws IOException {
        Pattern entrypoint = Pattern.compile("(?m)^ENTRYPOINT \\[\"java\", \"-Xmx\\d+[mg]\",");
        assertThat(Files.readString(ROOT.resolve(module).resolve("Dockerfile"))).containsPattern(entrypoint);
        assertThat(Files.readString(ROOT.resolve("platform/pom.xml")))
                .containsPattern("<jvmArguments>-Xmx\\d+[mg]</jvmArguments>");
    }

    /** Issue 17: the store is not reachable from outside, development tools are opt-in, no password by default. */
    @Test
    @SuppressWarnings("unchecked")
    void onlyWhatAUserNeedsIsPublishedAndNoPasswordHasADefault() {
        assertThat(composeService("mongo")).doesNotContainKey("ports");
        assertThat((List<String>) composeService("mailpit").get("profiles")).containsExactly("dev");
        assertThat((List<String>) composeService("kafka-ui").get("profiles")).containsExactly("dev");
        assertThat(environment(composeService("grafana")).get("GF_SECURITY_ADMIN_PASSWORD"))
                .startsWith("${GRAFANA_ADMIN_PASSWORD:?");
    }

    /** Issue 17: the store takes no client without a user, and each service signs in as its own. */
    @ParameterizedTest
    @ValueSource(strings = {"intake-service", "referral-service", "monitoring-service", "notification-service"})
    void eachServiceSignsInToTheStoreAsItsOwnUser(String service) throws IOException {
        Map<String, String> mongo = environment(composeService("mongo"));
        String user = KafkaPrincipals.ofService(service);

        assertThat(mongo.get("MONGO_INITDB_ROOT_PASSWORD")).startsWith("${MONGO_ADMIN_PASSWORD:?");
        assertThat(composeService("mongo").get("command").toString()).contains("--keyFile");
        assertThat(environment(composeService(service)).get("MONGODB_URI"))
                .startsWith("mongodb://" + user + ":")
                .contains("@mongo:27017/")
                .contains("authSource=admin");
        assertThat(Files.readString(ROOT.resolve("deploy/mongo/create-users.js")))
                .contains("\"" + user + "\"");
    }

    private static Map<String, Object> composeService(String name) {
        try (InputStream in = Files.newInputStream(ROOT.resolve("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml().load(in);
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
            assertThat(services).containsKey(name);
            return services.get(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> environment(Map<String, Object> service) {
        return ((Map<String, Object>) service.get("environment"))
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> String.valueOf(e.getValue())));
    }

    /** Every {@code ${VARIABLE:default}} in a service's configuration file on the classpath. */
    private static Map<String, String> variablesWithDefaults(String resource) {
        try (InputStream in = ComposeStackTest.class.getResourceAsStream("/" + resource)) {
            assertThat(in).as(resource).isNotNull();
            Matcher matcher = VARIABLE.matcher(new String(in.readAllBytes()));
            Map<String, String> variables = new java.util.HashMap<>();
            while (matcher.find()) {
                variables.put(matcher.group(1), matcher.group(2));
            }
            return variables;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
