package nl.wegwijs.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import nl.wegwijs.contracts.Topics;
import nl.wegwijs.platform.PlatformSettings;
import nl.wegwijs.platform.WegwijsPlatform;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.config.SslConfigs;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.Yaml;

/**
 * TLS inside the compose stack (docs/adr/0028), on a real broker without Docker: the development certificates made by
 * the compose stack's own script, the embedded broker with SASL_SSL on both its listeners as the compose broker has,
 * the set-up run as the compose stack runs it, and clients signed in as the compose file configures them.
 */
class KafkaTlsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String TLS_PASSWORD = "test-tls-secret";
    private static final String COMPOSE_CA = "/certs/ca.pem";

    @TempDir
    static Path dir;

    private static Path ca;
    private static EmbeddedKafkaBroker broker;

    @BeforeAll
    static void startABrokerWithTheComposeStacksCertificatesAndSetItUp() throws Exception {
        Path certs = Files.createDirectories(dir.resolve("certs"));
        makeCertificates(certs);
        ca = certs.resolve("ca.pem");
        broker = new EmbeddedKafkaBroker(dir.resolve("kafka"), "localhost", 0, 0)
                .withTls(certs.resolve("kafka.p12"), TLS_PASSWORD, ca)
                .start();

        KafkaSetup.main(new String[] {
            "--wegwijs.platform.kafka-bootstrap-servers=" + broker.bootstrapServers(),
            "--wegwijs.platform.kafka-trusted-ca=" + ca
        });
    }

    @AfterAll
    static void stop() {
        if (broker != null) broker.close();
    }

    @Test
    void theSetUpSignsInOverTlsAndCreatesTheTopicsAndAcls() throws Exception {
        try (Admin admin = Admin.create(broker.brokerLogin().clientProperties())) {
            assertThat(admin.listTopics().names().get(10, TimeUnit.SECONDS))
                    .contains(Topics.NEWCOMER_PROFILED, Topics.ESCALATIONS, "partner.rsd.referrals.v1");
            assertThat(admin.describeAcls(AclBindingFilter.ANY).values().get(10, TimeUnit.SECONDS))
                    .isNotEmpty();
        }
        assertThat(broker.brokerLogin().clientProperties())
                .containsEntry(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_SSL")
                .containsEntry(SslConfigs.SSL_TRUSTSTORE_TYPE_CONFIG, "PEM");
    }

    @Test
    void aPrincipalTrustingTheCaWritesAndReadsOverTls() throws Exception {
        String value = UUID.randomUUID().toString();

        send(principal(KafkaPrincipals.INTAKE).clientProperties(), Topics.NEWCOMER_PROFILED, value);

        assertReads(principal(KafkaPrincipals.OPERATOR), Topics.NEWCOMER_PROFILED, value);
    }

    @Test
    void aServiceConfiguredAsInTheComposeFileWritesOverTls() throws Exception {
        Map<String, Object> intake = serviceConfiguration("intake-service", composeKafkaEnvironment("intake-service"));
        String value = UUID.randomUUID().toString();

        send(intake, Topics.NEWCOMER_PROFILED, value);

        assertReads(principal(KafkaPrincipals.OPERATOR), Topics.NEWCOMER_PROFILED, value);
    }

    @Test
    void aClientThatDoesNotTrustTheCaIsRefusedInTheHandshake() {
        Map<String, Object> withoutCa = principal(KafkaPrincipals.INTAKE).clientProperties();
        withoutCa.remove(SslConfigs.SSL_TRUSTSTORE_TYPE_CONFIG);
        withoutCa.remove(SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG);
        // A service's own defaults over SASL_SSL: the JVM's trusted CAs, which do not include the development CA.
        Map<String, String> serviceDefaults = new HashMap<>(composeKafkaEnvironment("intake-service"));
        serviceDefaults.remove("KAFKA_SSL_TRUSTSTORE_TYPE");
        serviceDefaults.remove("KAFKA_SSL_TRUSTSTORE_LOCATION");

        for (Map<String, Object> client : List.of(withoutCa, serviceConfiguration("intake-service", serviceDefaults))) {
            assertThat(client).containsEntry(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_SSL");
            assertThatThrownBy(() -> listTopics(client))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(SslAuthenticationException.class);
        }
    }

    @Test
    void aClientWithoutTlsIsNotServed() {
        Map<String, Object> plaintext =
                principal(KafkaPrincipals.INTAKE).withTrustedCa(null).clientProperties();
        assertThat(plaintext).containsEntry(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT");

        assertThatThrownBy(() -> listTopics(plaintext))
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(TimeoutException.class);
    }

    @Test
    void theEmbeddedPlatformRefusesTheSetUpsTlsSetting() {
        PlatformSettings settings =
                PlatformSettings.onFreePorts(dir.resolve("platform"), "--wegwijs.platform.kafka-trusted-ca=" + ca);

        assertThatThrownBy(() -> WegwijsPlatform.start(settings))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("kafka-trusted-ca");
    }

    /** deploy/kafka/make-certs.sh as the compose stack runs it, into {@code certs}, with the JDK's keytool. */
    private static void makeCertificates(Path certs) throws Exception {
        ProcessBuilder script = new ProcessBuilder(
                        "sh", ROOT.resolve("deploy/kafka/make-certs.sh").toString())
                .redirectErrorStream(true);
        script.environment().put("KAFKA_CERTS_DIR", certs.toString());
        script.environment().put("KAFKA_TLS_PASSWORD", TLS_PASSWORD);
        script.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + System.getenv("PATH"));
        Process process = script.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(certs.resolve("ca.pem")).exists();
        assertThat(certs.resolve("kafka.p12")).exists();
    }

    private static KafkaLogin principal(String user) {
        return KafkaLogin.development(broker.bootstrapServers(), user).withTrustedCa(ca);
    }

    /** The compose file's KAFKA_* variables of a service, its CA's path being this test's. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> composeKafkaEnvironment(String service) {
        try (InputStream in = Files.newInputStream(ROOT.resolve("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml().load(in);
            Map<String, Object> services = (Map<String, Object>) compose.get("services");
            Map<String, Object> environment =
                    (Map<String, Object>) ((Map<String, Object>) services.get(service)).get("environment");
            return environment.entrySet().stream()
                    .filter(variable -> variable.getKey().startsWith("KAFKA_"))
                    .collect(Collectors.toMap(
                            Map.Entry::getKey,
                            variable -> String.valueOf(variable.getValue()).replace(COMPOSE_CA, ca.toString())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The Kafka client settings a service takes from its configuration file with {@code environment}, as its binder
     * and its dead-letter producer read them; the bootstrap address is the test broker's.
     */
    private static Map<String, Object> serviceConfiguration(String service, Map<String, String> environment) {
        StandardEnvironment spring = new StandardEnvironment();
        spring.getPropertySources().addFirst(new MapPropertySource("compose", Map.copyOf(environment)));
        try {
            new YamlPropertySourceLoader()
                    .load(service, new ClassPathResource(service + ".yml"))
                    .forEach(spring.getPropertySources()::addLast);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> configuration = new HashMap<>(Binder.get(spring)
                .bind("spring.cloud.stream.kafka.binder.configuration", Bindable.mapOf(String.class, String.class))
                .get());
        configuration.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        return configuration;
    }

    private static void listTopics(Map<String, Object> client) throws Exception {
        try (Admin admin = Admin.create(client)) {
            admin.listTopics(new ListTopicsOptions().timeoutMs(5000)).names().get(15, TimeUnit.SECONDS);
        }
    }

    private static void send(Map<String, Object> client, String topic, String value) throws Exception {
        Map<String, Object> config = new HashMap<>(client);
        config.putAll(Map.of(
                ProducerConfig.MAX_BLOCK_MS_CONFIG,
                10_000,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(topic, 0, value, value)).get(15, TimeUnit.SECONDS);
        }
    }

    /** Reads partition 0 of {@code topic} from the beginning, without a group, until {@code value} comes. */
    private static void assertReads(KafkaLogin login, String topic, String value) {
        TopicPartition partition = new TopicPartition(topic, 0);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(login.clientProperties(Map.of(
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class)))) {
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.value().equals(value)) return;
                }
            }
        }
        throw new AssertionError("No record " + value + " in " + topic + " within 30 s");
    }
}
