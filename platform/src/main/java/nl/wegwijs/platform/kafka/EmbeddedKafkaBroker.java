package nl.wegwijs.platform.kafka;

import java.io.*;
import java.net.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.time.Duration;
import java.util.*;
import java.util.concurrent.*;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.*;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.properties.MetaPropertiesEnsemble;
import org.apache.kafka.metadata.storage.Formatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Single-node Kafka broker in KRaft combined mode (broker + controller, node id 1) inside this JVM, on Kafka's own
 * {@link KafkaRaftServer} and storage {@link Formatter}. An unformatted data directory is formatted on start (new
 * cluster id); a formatted one is reused as is. Port 0 picks a free port, readable after start. Single use: to
 * restart, close it and start a new instance on the same directory.
 *
 * <p>No anonymous client is served (ADR 18): the client listener takes SASL only, SCRAM-SHA-512 for the principals
 * whose credentials the platform stores in the cluster ({@link KafkaAccess}) and PLAIN for the broker's own
 * principal {@value KafkaPrincipals#BROKER}, a super user, whose password is in this configuration. The
 * {@code StandardAuthorizer} refuses whatever no ACL allows.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {
    public static final int NODE_ID = 1;
    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
    private static final String LISTENER = "CLIENT", CONTROLLER = "CONTROLLER";
    private static final int PORT_ATTEMPTS = 3; // a port picked for 0 can be taken before Kafka binds it

    private final Path dataDir;
    private final String host;
    private final int requestedPort, requestedControllerPort;
    private final Duration startupTimeout;
    private final Map<String, String> overrides;
    private final String brokerPassword;
    private Tls tls;
    private KafkaRaftServer server;
    private boolean used;
    private int port, controllerPort;
    private String clusterId;

    public EmbeddedKafkaBroker(Path dataDir, String host, int port, int controllerPort) {
        this(dataDir, host, port, controllerPort, Duration.ofSeconds(60), Map.of());
    }

    /** @param overrides further broker settings (server.properties names and values), applied last */
    public EmbeddedKafkaBroker(
            Path dataDir,
            String host,
            int port,
            int controllerPort,
            Duration startupTimeout,
            Map<String, String> overrides) {
        this(
                dataDir,
                host,
                port,
                controllerPort,
                startupTimeout,
                overrides,
                KafkaPrincipals.developmentSecret(KafkaPrincipals.BROKER));
    }

    /** @param brokerPassword the password of the broker's own principal, {@value KafkaPrincipals#BROKER} */
    public EmbeddedKafkaBroker(
            Path dataDir,
            String host,
            int port,
            int controllerPort,
            Duration startupTimeout,
            Map<String, String> overrides,
            String brokerPassword) {
        KafkaPrincipals.requireJaasSafe(brokerPassword);
        this.brokerPassword = brokerPassword;
        if (port < 0
                || port > 65535
                || controllerPort < 0
                || controllerPort > 65535
                || (port != 0 && port == controllerPort)) {
            throw new IllegalArgumentException("Invalid ports " + port + " / " + controllerPort);
        }
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.host = Objects.requireNonNull(host, "host");
        this.requestedPort = port;
        this.requestedControllerPort = controllerPort;
        this.startupTimeout = Objects.requireNonNull(startupTimeout, "startupTimeout");
        this.overrides = Map.copyOf(overrides);
    }

    /**
     * Both listeners take SASL over TLS (SASL_SSL) as in the compose stack (docs/adr/0028); call before {@link #start}.
     *
     * @param keyStore the broker's key and certificate (PKCS12, as {@code deploy/kafka/make-certs.sh} makes them)
     * @param trustedCa the PEM file of the CA that signed it, which the broker trusts connecting to itself
     */
    public synchronized EmbeddedKafkaBroker withTls(Path keyStore, String keyStorePassword, Path trustedCa) {
        if (used) throw new IllegalStateException("TLS is set before the broker starts");
        tls = new Tls(keyStore, keyStorePassword, trustedCa);
        return this;
    }

    /** Formats the data directory if needed, starts the broker and waits (bounded) until it serves clients. */
    public synchronized EmbeddedKafkaBroker start() {
        if (used) throw new IllegalStateException("An EmbeddedKafkaBroker instance can be started only once");
        used = true;
        long begin = System.nanoTime(), deadline = begin + startupTimeout.toNanos();
        // ControllerServer.startup() failures (deadline, bind error) end in Exit.halt(1) through its
        // ProcessTerminatingFaultHandler: make that an exception on this thread instead of killing the application.
        Thread starter = Thread.currentThread();
        Exit.setHaltProcedure((code, message) -> {
            if (Thread.currentThread() != starter) Runtime.getRuntime().halt(code);
            throw new EmbeddedKafkaException(
                    "Embedded Kafka controller failed to start (cause logged above by Kafka), data " + dataDir
                            + ", startup timeout " + startupTimeout.toMillis() + " ms");
        });
        try {
            int[] ports = choosePorts(); // fails fast on a taken fixed port, before touching the disk
            Files.createDirectories(dataDir);
            boolean formatted = formatIfNeeded();
            for (int attempt = 1; server == null; attempt++) {
                KafkaRaftServer candidate =
                        new KafkaRaftServer(new KafkaConfig(config(ports, deadline), false), Time.SYSTEM);
                try {
                    candidate.startup();
                    server = candidate;
                } catch (RuntimeException e) {
                    shutdown(candidate);
                    if (attempt >= PORT_ATTEMPTS
                            || (requestedPort != 0 && requestedControllerPort != 0)
                            || !isBindFailure(e)) throw e;
                    log.warn("Port taken meanwhile ({}), retrying with other free ports", e.getMessage());
                    ports = choosePorts();
                }
            }
            port = ports[0];
            controllerPort = ports[1];
            awaitServingClients(deadline);
            log.info(
                    "Embedded Kafka broker serving at {} (cluster {}, {} {}) after {} ms",
                    bootstrapServers(),
                    clusterId,
                    formatted ? "formatted" : "reused",
                    dataDir,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin));
            return this;
        } catch (IOException | RuntimeException e) {
            if (server != null) shutdown(server);
            server = null;
            throw e instanceof EmbeddedKafkaException k
                    ? k
                    : new EmbeddedKafkaException(
                            "Embedded Kafka broker failed to start (data " + dataDir + "): " + e.getMessage(), e);
        } finally {
            Exit.resetHaltProcedure(); // once running, fatal faults halt the JVM as in a standalone broker
        }
    }

    /** Shuts the broker down gracefully (controlled shutdown) and waits for it. Idempotent. */
    @Override
    public synchronized void close() {
        used = true;
        if (server == null) return;
        long begin = System.nanoTime();
        shutdown(server);
        server = null;
        log.info(
                "Embedded Kafka broker {}:{} stopped in {} ms",
                host,
                port,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin));
    }

    public synchronized String bootstrapServers() {
        return uriHost() + ":" + port();
    }

    /** The broker's own principal, a super user: for setting up topics, credentials and ACLs. */
    public synchronized KafkaLogin brokerLogin() {
        return brokerLogin(bootstrapServers());
    }

    private KafkaLogin brokerLogin(String bootstrapServers) {
        return KafkaLogin.broker(bootstrapServers, brokerPassword).withTrustedCa(tls == null ? null : tls.trustedCa());
    }

    public synchronized int port() {
        requireRunning();
        return port;
    }

    public synchronized int controllerPort() {
        requireRunning();
        return controllerPort;
    }

    public synchronized String clusterId() {
        return clusterId;
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    public Path dataDirectory() {
        return dataDir;
    }

    private boolean formatIfNeeded() throws IOException {
        String dir = dataDir.toString();
        MetaPropertiesEnsemble ensemble = new MetaPropertiesEnsemble.Loader()
                .addLogDirs(List.of(dir))
                .addMetadataLogDir(dir)
                .load();
        if (!ensemble.errorLogDirs().isEmpty())
            throw new EmbeddedKafkaException("Cannot read meta.properties in " + dir);
        if (ensemble.emptyLogDirs().isEmpty()) { // meta.properties exists (the Formatter writes it last): reuse
            ensemble.verify(
                    Optional.empty(),
                    OptionalInt.of(NODE_ID),
                    EnumSet.of(MetaPropertiesEnsemble.VerificationFlag.REQUIRE_METADATA_LOG_DIR));
            clusterId = ensemble.clusterId().orElseThrow();
            return false;
        }
        clusterId = Uuid.randomUuid().toString();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            new Formatter()
                    .setPrintStream(out) // default is System.out
                    .setNodeId(NODE_ID)
                    .setClusterId(clusterId)
                    .addDirectory(dir)
                    .setMetadataLogDirectory(dir)
                    .setControllerListenerName(CONTROLLER)
                    .run();
        } catch (Exception e) {
            throw new EmbeddedKafkaException("Cannot format Kafka data directory " + dir + ": " + e.getMessage(), e);
        }
        log.debug("Kafka storage format:\n{}", output.toString(StandardCharsets.UTF_8));
        return true;
    }

    private Map<String, String> config(int[] ports, long deadline) {
        String h = uriHost(), dir = dataDir.toString(), one = "1";
        Map<String, String> c =
                new HashMap<>(); // String values as in server.properties (typed values must match exactly)
        c.put("process.roles", "broker,controller");
        c.put("node.id", String.valueOf(NODE_ID));
        // static quorum (kraft.version 0): the voter endpoint lives in config only, so ports may change between runs
        c.put("controller.quorum.voters", NODE_ID + "@" + h + ":" + ports[1]);
        c.put("controller.listener.names", CONTROLLER);
        c.put("listeners", LISTENER + "://" + h + ":" + ports[0] + "," + CONTROLLER + "://" + h + ":" + ports[1]);
        c.put("advertised.listeners", LISTENER + "://" + h + ":" + ports[0]);
        String protocol = tls == null ? "SASL_PLAINTEXT" : "SASL_SSL";
        c.put("listener.security.protocol.map", LISTENER + ":" + protocol + "," + CONTROLLER + ":" + protocol);
        if (tls != null) {
            c.put("ssl.keystore.type", "PKCS12");
            c.put("ssl.keystore.location", tls.keyStore().toString());
            c.put("ssl.keystore.password", tls.keyStorePassword());
            c.put("ssl.key.password", tls.keyStorePassword());
            c.put("ssl.truststore.type", "PEM");
            c.put("ssl.truststore.location", tls.trustedCa().toString());
        }
        c.put("inter.broker.listener.name", LISTENER);
        security(c);
        c.put("log.dirs", dir);
        c.put("metadata.log.dir", dir);
        for (String key : List.of(
                "offsets.topic.replication.factor",
                "transaction.state.log.replication.factor",
                "transaction.state.log.min.isr",
                "share.coordinator.state.topic.replication.factor",
                "share.coordinator.state.topic.min.isr",
                "default.replication.factor",
                "min.insync.replicas")) {
            c.put(key, one);
        }
        c.put("group.initial.rebalance.delay.ms", "0");
        // A consumer killed with its process keeps its partitions until its session times out (45 s by default); a
        // restarted service's new consumers sat that long with nothing assigned. 10 s, heartbeats every 2 s.
        c.put("group.consumer.min.session.timeout.ms", "6000");
        c.put("group.consumer.session.timeout.ms", "10000");
        c.put("group.consumer.min.heartbeat.interval.ms", "1000");
        c.put("group.consumer.heartbeat.interval.ms", "2000");
        c.put("auto.create.topics.enable", "false");
        // bounds KafkaRaftServer.startup() itself (default: wait forever)
        c.put(
                "server.max.startup.time.ms",
                String.valueOf(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()))));
        c.putAll(overrides);
        return c;
    }

    /** SASL on both listeners and the StandardAuthorizer; PLAIN knows only the broker's own principal. */
    private void security(Map<String, String> c) {
        String client = "listener.name." + LISTENER.toLowerCase(Locale.ROOT) + ".";
        String controller = "listener.name." + CONTROLLER.toLowerCase(Locale.ROOT) + ".";
        String broker = KafkaPrincipals.BROKER;
        String plain = "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + broker
                + "\" password=\"" + brokerPassword + "\" user_" + broker + "=\"" + brokerPassword + "\";";
        c.put(client + "sasl.enabled.mechanisms", KafkaLogin.SCRAM + "," + KafkaLogin.PLAIN);
        c.put(
                client + "scram-sha-512.sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required;");
        c.put(client + "plain.sasl.jaas.config", plain);
        c.put(controller + "sasl.enabled.mechanisms", KafkaLogin.PLAIN);
        c.put(controller + "plain.sasl.jaas.config", plain);
        c.put("sasl.mechanism.inter.broker.protocol", KafkaLogin.PLAIN);
        c.put("sasl.mechanism.controller.protocol", KafkaLogin.PLAIN);
        c.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        c.put("super.users", "User:" + broker);
    }

    private void awaitServingClients(long deadline) {
        Throwable last = null;
        try (Admin admin = admin(brokerLogin(uriHost() + ":" + port), "embedded-kafka-readiness")) {
            for (long left;
                    (left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())) > 0;
                    Thread.sleep(100)) {
                try {
                    DescribeClusterOptions options = new DescribeClusterOptions().timeoutMs((int) Math.min(left, 5000));
                    if (!admin.describeCluster(options)
                            .nodes()
                            .get(left, TimeUnit.MILLISECONDS)
                            .isEmpty()) return;
                } catch (ExecutionException e) {
                    last = e.getCause();
                } catch (TimeoutException e) {
                    last = e;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedKafkaException("Interrupted while waiting for the embedded Kafka broker", e);
        }
        throw new EmbeddedKafkaException(
                "Embedded Kafka broker at " + uriHost() + ":" + port + " did not serve clients within "
                        + startupTimeout.toMillis() + " ms" + (last == null ? "" : ": " + last),
                last);
    }

    /** Checks fixed ports up front (clear error); for 0 binds a free one (both at once, so they differ). */
    private int[] choosePorts() throws IOException {
        InetAddress address = InetAddress.getByName(host);
        int[] requested = {requestedPort, requestedControllerPort}, chosen = new int[2];
        try (ServerSocket first = new ServerSocket();
                ServerSocket second = new ServerSocket()) {
            ServerSocket[] sockets = {first, second};
            for (int i = 0; i < 2; i++) {
                sockets[i].setReuseAddress(true);
                try {
                    sockets[i].bind(new InetSocketAddress(address, requested[i]), 1);
                } catch (IOException e) {
                    throw new EmbeddedKafkaException(
                            (i == 0 ? "Kafka port " : "Kafka controller port ") + requested[i] + " on " + host
                                    + " is not available: " + e.getMessage(),
                            e);
                }
                chosen[i] = sockets[i].getLocalPort();
            }
        }
        return chosen;
    }

    private static Admin admin(KafkaLogin login, String clientId) {
        return Admin.create(
                login.clientProperties(Map.of(AdminClientConfig.CLIENT_ID_CONFIG, clientId + "-" + System.nanoTime())));
    }

    private String uriHost() {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    private void requireRunning() {
        if (server == null) throw new IllegalStateException("Embedded Kafka broker is not running");
    }

    private static boolean isBindFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) if (t instanceof BindException) return true;
        return false;
    }

    private static void shutdown(KafkaRaftServer s) {
        try {
            s.shutdown();
            s.awaitShutdown();
        } catch (RuntimeException e) {
            log.warn("Error while shutting down the embedded Kafka broker", e);
        }
    }

    private record Tls(Path keyStore, String keyStorePassword, Path trustedCa) {}

    public static final class EmbeddedKafkaException extends RuntimeException {
        public EmbeddedKafkaException(String message) {
            super(message);
        }

        public EmbeddedKafkaException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
