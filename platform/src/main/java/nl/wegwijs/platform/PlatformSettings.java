package nl.wegwijs.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import nl.wegwijs.contracts.directory.PartnerDirectory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Where the embedded platform puts its data and which ports it listens on. Set as {@code --wegwijs.platform.*}
 * arguments or {@code WEGWIJS_PLATFORM_*} environment variables; a port of 0 means "any free port".
 *
 * @param clientSecrets development secrets per token client id, overriding the printed defaults
 * @param kafkaSecrets Kafka passwords per principal ({@code svc-intake}, {@code partner-rsd}, {@code wegwijs-admin},
 *     {@code wegwijs-broker}, ...), overriding the printed {@code <principal>-dev-secret} (ADR 18); with an external
 *     cluster, {@code wegwijs-broker} is the super user that signs in with PLAIN to set up topics and ACLs
 * @param partnerDirectory a partner directory file replacing the default one, or empty
 * @param kafkaBootstrapServers a Kafka cluster to use instead of starting the embedded broker, or empty
 * @param kafkaTrustedCa for {@link nl.wegwijs.platform.kafka.KafkaSetup} alone (the compose stack's set-up): the PEM
 *     file of the CA that signed the cluster's certificate, to sign in over SASL_SSL; empty: SASL_PLAINTEXT, as the
 *     platform itself always signs in
 * @param mongodbUri a MongoDB to use instead of starting the embedded store, or empty
 * @param serviceProperties further variables handed to every service, as the compose stack would set them (for
 *     example {@code SLA_SCAN_INTERVAL=PT1S}); they win over the platform's own, so {@code SMTP_HOST} and
 *     {@code SMTP_PORT} send the mail through another server
 */
public record PlatformSettings(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("localhost") String host,
        @DefaultValue("9092") int kafkaPort,
        @DefaultValue("9093") int kafkaControllerPort,
        @DefaultValue("27017") int mongoPort,
        @DefaultValue("2525") int smtpPort,
        @DefaultValue("8025") int mailViewerPort,
        @DefaultValue("9000") int issuerPort,
        @DefaultValue("8081") int intakePort,
        @DefaultValue("8082") int referralPort,
        @DefaultValue("8083") int monitoringPort,
        @DefaultValue("8084") int notificationPort,
        @DefaultValue("8080") int portalPort,
        Map<String, String> clientSecrets,
        Map<String, String> kafkaSecrets,
        @DefaultValue("") String partnerDirectory,
        @DefaultValue("") String kafkaBootstrapServers,
        @DefaultValue("") String kafkaTrustedCa,
        @DefaultValue("") String mongodbUri,
        Map<String, String> serviceProperties) {

    public PlatformSettings {
        clientSecrets = clientSecrets == null ? Map.of() : Map.copyOf(clientSecrets);
        kafkaSecrets = kafkaSecrets == null ? Map.of() : Map.copyOf(kafkaSecrets);
        serviceProperties = serviceProperties == null ? Map.of() : Map.copyOf(serviceProperties);
    }

    public static PlatformSettings from(String... args) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
        return Binder.get(environment).bindOrCreate("wegwijs.platform", PlatformSettings.class);
    }

    /** The names of every port setting, as in {@code --wegwijs.platform.<name>=}. */
    public static final List<String> PORTS = List.of(
            "kafka-port",
            "kafka-controller-port",
            "mongo-port",
            "smtp-port",
            "mail-viewer-port",
            "issuer-port",
            "intake-port",
            "referral-port",
            "monitoring-port",
            "notification-port",
            "portal-port");

    /**
     * Settings on any free ports with the data in {@code dataDir}, for tests and benchmarks that run beside other
     * processes; {@code more} are further {@code --wegwijs.platform.*} arguments.
     */
    public static PlatformSettings onFreePorts(Path dataDir, String... more) {
        List<String> arguments = new ArrayList<>();
        arguments.add("--wegwijs.platform.data-dir=" + dataDir);
        for (String port : PORTS) {
            arguments.add("--wegwijs.platform." + port + "=0");
        }
        arguments.addAll(List.of(more));
        return from(arguments.toArray(String[]::new));
    }

    /** The same settings with every port of 0 replaced by a port that is free now. */
    public PlatformSettings withFreePortsChosen() {
        return new PlatformSettings(
                dataDir,
                host,
                orFree(kafkaPort),
                orFree(kafkaControllerPort),
                orFree(mongoPort),
                orFree(smtpPort),
                orFree(mailViewerPort),
                orFree(issuerPort),
                orFree(intakePort),
                orFree(referralPort),
                orFree(monitoringPort),
                orFree(notificationPort),
                orFree(portalPort),
                clientSecrets,
                kafkaSecrets,
                partnerDirectory,
                kafkaBootstrapServers,
                kafkaTrustedCa,
                mongodbUri,
                serviceProperties);
    }

    /**
     * The port, or if 0 a free port below Linux's ephemeral range (32768 and up). A port the system hands out for {@code bind(0)} is one
     * it also gives to outgoing connections, so between choosing it and the service binding it a Kafka or MongoDB
     * client could take it (a CI run failed so: "Port 39655 is already in use"). Ports are handed out in turn from a
     * random start, so one JVM never chooses the same port twice.
     */
    private static int orFree(int port) {
        return port != 0 ? port : freePort();
    }

    /** A port that is free now, below the ephemeral range (see {@link #withFreePortsChosen}). */
    public static int freePort() {
        for (int attempt = 0; attempt < FIXED_RANGE_SIZE; attempt++) {
            int candidate = FIXED_RANGE_START + Math.floorMod(NEXT_PORT.getAndIncrement(), FIXED_RANGE_SIZE);
            try (ServerSocket socket = new ServerSocket(candidate)) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // try the next one
            }
        }
        throw new UncheckedIOException(new IOException("No free port between " + FIXED_RANGE_START + " and 32767"));
    }

    private static final int FIXED_RANGE_START = 10_000;
    private static final int FIXED_RANGE_SIZE = 32_768 - FIXED_RANGE_START;
    private static final AtomicInteger NEXT_PORT =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(FIXED_RANGE_SIZE));

    public PartnerDirectory loadPartnerDirectory() {
        return partnerDirectory.isBlank()
                ? PartnerDirectory.loadDefault()
                : PartnerDirectory.load(Path.of(partnerDirectory));
    }

    public boolean embeddedKafka() {
        return kafkaBootstrapServers.isBlank();
    }

    public boolean embeddedMongo() {
        return mongodbUri.isBlank();
    }

    public String url(int port) {
        return "http://" + host + ":" + port;
    }
}
