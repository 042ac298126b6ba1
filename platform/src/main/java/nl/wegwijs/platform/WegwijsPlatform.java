package nl.wegwijs.platform;

import com.mongodb.event.CommandListener;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.wegwijs.contracts.directory.PartnerDirectory;
import nl.wegwijs.platform.issuer.DevClient;
import nl.wegwijs.platform.issuer.DevClients;
import nl.wegwijs.platform.issuer.DevUser;
import nl.wegwijs.platform.issuer.PeopleSignIn;
import nl.wegwijs.platform.issuer.TokenIssuerApplication;
import nl.wegwijs.platform.kafka.EmbeddedKafkaBroker;
import nl.wegwijs.platform.kafka.KafkaLogin;
import nl.wegwijs.platform.kafka.KafkaPrincipals;
import nl.wegwijs.platform.kafka.KafkaSetup;
import nl.wegwijs.platform.keys.MasterKeyFile;
import nl.wegwijs.platform.mail.EmbeddedMail;
import nl.wegwijs.platform.mail.MailViewer;
import nl.wegwijs.platform.mongo.EmbeddedMongo;
import nl.wegwijs.platform.services.PortalLauncher;
import nl.wegwijs.platform.services.PortalLauncher.RunningPortal;
import nl.wegwijs.platform.services.ServiceLauncher;
import nl.wegwijs.platform.services.ServiceLauncher.RunningService;
import nl.wegwijs.platform.services.ServiceLauncher.Service;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The embedded default: a real Kafka broker, a MongoDB-wire store, an SMTP server, the token issuer and the four
 * services, in one JVM, on one machine, without Docker. Closing it stops everything in reverse order of start.
 * Given the address of a Kafka cluster or a MongoDB ({@link PlatformSettings#kafkaBootstrapServers()},
 * {@link PlatformSettings#mongodbUri()}), it uses those instead of starting its own.
 */
public final class WegwijsPlatform implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WegwijsPlatform.class);

    private final PlatformSettings settings;
    private final DevClients clients;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final List<RunningService> services = new ArrayList<>();
    private String kafkaBootstrapServers;
    private List<KafkaLogin> kafkaPrincipals = List.of();
    private String mongoConnectionString;
    private EmbeddedMail mail;
    private RunningPortal portal;
    private List<DevUser> people = List.of();
    private MailViewer mailViewer;
    private Duration startTime;

    private WegwijsPlatform(PlatformSettings settings, DevClients clients) {
        this.settings = settings;
        this.clients = clients;
    }

    public static WegwijsPlatform start(PlatformSettings requested) {
        return start(requested, Clock.systemUTC());
    }

    /** Starts the platform with every service reading time from {@code clock}. */
    public static WegwijsPlatform start(PlatformSettings requested, Clock clock) {
        return start(requested, clock, null);
    }

    /**
     * Starts the platform with every service's store client reporting its commands to {@code storeCommands} (when not
     * null), for tests and benchmarks that count the store operations.
     */
    public static WegwijsPlatform start(PlatformSettings requested, Clock clock, CommandListener storeCommands) {
        if (!requested.kafkaTrustedCa().isBlank())
            throw new IllegalArgumentException(
                    "The platform signs in to Kafka without TLS: kafka-trusted-ca is for KafkaSetup (docs/adr/0028)");
        PlatformSettings settings = requested.withFreePortsChosen();
        PartnerDirectory directory = settings.loadPartnerDirectory();
        WegwijsPlatform platform =
                new WegwijsPlatform(settings, DevClients.forDirectory(directory, settings.clientSecrets()));
        try {
            platform.startAll(directory, clock, storeCommands);
            return platform;
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    private void startAll(PartnerDirectory directory, Clock clock, CommandListener storeCommands) {
        long begin = System.nanoTime();
        var dataDir = settings.dataDir().toAbsolutePath().normalize();
        String brokerPassword = KafkaPrincipals.secret(KafkaPrincipals.BROKER, settings.kafkaSecrets());
        kafkaBootstrapServers = settings.embeddedKafka()
                ? remember(new EmbeddedKafkaBroker(
                                        dataDir.resolve("kafka"),
                                        settings.host(),
                                        settings.kafkaPort(),
                                        settings.kafkaControllerPort(),
                                        Duration.ofSeconds(60),
                                        Map.of(),
                                        brokerPassword)
                                .start())
                        .bootstrapServers()
                : settings.kafkaBootstrapServers();
        kafkaPrincipals = KafkaSetup.apply(
                KafkaLogin.broker(kafkaBootstrapServers, brokerPassword), directory, settings.kafkaSecrets());
        mongoConnectionString = settings.embeddedMongo()
                ? remember(EmbeddedMongo.start(dataDir.resolve("mongo"), settings.host(), settings.mongoPort()))
                        .connectionString()
                : settings.mongodbUri();
        mail = remember(EmbeddedMail.start(settings.host(), settings.smtpPort()));
        mailViewer = remember(MailViewer.start(mail, settings.host(), settings.mailViewerPort()));
        List<String> issuerArguments = new ArrayList<>(List.of(
                "--server.port=" + settings.issuerPort(),
                "--spring.security.oauth2.authorizationserver.issuer=" + issuerUri(),
                "--spring.config.name=token-issuer",
                // The portal runs on the same host: each keeps its own cookie.
                "--server.servlet.session.cookie.name=WEGWIJS_ISSUER_SESSION",
                "--spring.main.register-shutdown-hook=false",
                "--spring.main.banner-mode=off",
                "--logging.register-shutdown-hook=false"));
        settings.serviceProperties().forEach((variable, value) -> issuerArguments.add("--" + variable + "=" + value));
        remember(TokenIssuerApplication.builder(clients.all(), peopleSignIn(directory))
                .run(issuerArguments.toArray(String[]::new)));
        // What the caller sets wins, so that the services can send through another SMTP server, for example.
        Map<String, String> variables = new HashMap<>(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers,
                "MONGODB_URI", mongoConnectionString,
                "ISSUER_URI", issuerUri(),
                "SMTP_HOST", settings.host(),
                "SMTP_PORT", String.valueOf(mail.smtpPort()),
                "PARTNER_DIRECTORY", settings.partnerDirectory(),
                "NOTIFICATION_LINK_BASE_URL", portalUrl()));
        variables.putAll(settings.serviceProperties());
        ConfigurableApplicationContext shared = remember(sharedContext(clock, storeCommands));
        // Monitoring first: the intake service asks it for the agreements card's expected contact (docs/adr/0022).
        List<Service> order = Stream.of(Service.values())
                .sorted(Comparator.comparing(service -> service != Service.MONITORING))
                .toList();
        for (Service service : order) {
            Map<String, String> serviceVariables = new HashMap<>(kafkaVariables(service));
            serviceVariables.putAll(variables);
            if (service == Service.INTAKE) {
                serviceVariables.putIfAbsent("MONITORING_URL", serviceUrl(Service.MONITORING));
                serviceVariables.putIfAbsent("NEWCOMER_MASTER_KEY", MasterKeyFile.ensure(dataDir));
            }
            if (service == Service.REFERRAL || service == Service.NOTIFICATION) {
                serviceVariables.putAll(newcomerKeyVariables(service));
            }
            RunningService running = ServiceLauncher.start(service, portOf(service), serviceVariables, shared);
            services.add(remember(running));
        }
        portal = remember(PortalLauncher.start(settings.portalPort(), portalVariables(), shared));
        startTime = Duration.ofNanos(System.nanoTime() - begin);
    }

    /** The path to newcomer keys of a service that reads newcomers' events: its own client (docs/adr/0025). */
    private Map<String, String> newcomerKeyVariables(Service service) {
        DevClient client = clients.byId(service.displayName());
        return Map.of(
                "NEWCOMER_KEYS_URL", serviceUrl(Service.INTAKE),
                "NEWCOMER_KEYS_CLIENT_ID", client.clientId(),
                "NEWCOMER_KEYS_CLIENT_SECRET", client.secret());
    }

    /** The service's own Kafka principal (ADR 18), as the compose stack sets it. */
    private Map<String, String> kafkaVariables(Service service) {
        KafkaLogin login = kafkaLogin(KafkaPrincipals.ofService(service.displayName()));
        return Map.of(
                "KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT",
                "KAFKA_USERNAME", login.user(),
                "KAFKA_PASSWORD", login.password());
    }

    private PeopleSignIn peopleSignIn(PartnerDirectory directory) {
        people = PeopleSignIn.usersFor(directory);
        return new PeopleSignIn(
                people,
                PeopleSignIn.PORTAL_CLIENT_ID,
                portalClientSecret(),
                portalUrl(),
                settings.host(),
                mail.smtpPort());
    }

    private String portalClientSecret() {
        return settings.clientSecrets()
                .getOrDefault(PeopleSignIn.PORTAL_CLIENT_ID, PeopleSignIn.PORTAL_CLIENT_ID + "-dev-secret");
    }

    /** The portal calls the services' REST APIs as the signed-in person. */
    private Map<String, String> portalVariables() {
        Map<String, String> variables = new HashMap<>(Map.of(
                "ISSUER_URI", issuerUri(),
                "PORTAL_CLIENT_ID", PeopleSignIn.PORTAL_CLIENT_ID,
                "PORTAL_CLIENT_SECRET", portalClientSecret(),
                "INTAKE_URL", serviceUrl(Service.INTAKE),
                "REFERRAL_URL", serviceUrl(Service.REFERRAL),
                "MONITORING_URL", serviceUrl(Service.MONITORING),
                "PARTNER_DIRECTORY", settings.partnerDirectory()));
        variables.putAll(settings.serviceProperties());
        return variables;
    }

    /** The parent of every service context: what the services share in one JVM, the clock and a command listener. */
    private static ConfigurableApplicationContext sharedContext(Clock clock, CommandListener storeCommands) {
        GenericApplicationContext shared = new GenericApplicationContext();
        shared.registerBean("clock", Clock.class, () -> clock);
        if (storeCommands != null) {
            shared.registerBean(
                    "storeCommands",
                    MongoClientSettingsBuilderCustomizer.class,
                    () -> settings -> settings.addCommandListener(storeCommands));
        }
        shared.refresh();
        return shared;
    }

    private <T extends AutoCloseable> T remember(T component) {
        started.push(component);
        return component;
    }

    private int portOf(Service service) {
        return switch (service) {
            case INTAKE -> settings.intakePort();
            case REFERRAL -> settings.referralPort();
            case MONITORING -> settings.monitoringPort();
            case NOTIFICATION -> settings.notificationPort();
        };
    }

    public PlatformSettings settings() {
        return settings;
    }

    public DevClients clients() {
        return clients;
    }

    public String issuerUri() {
        return settings.url(settings.issuerPort());
    }

    public String serviceUrl(Service service) {
        return services.stream()
                .filter(running -> running.service() == service)
                .map(running -> settings.url(running.port()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(service + " is not running"));
    }

    /** The service's own Spring context, for in-process tools such as the SLA scan benchmark. */
    public ConfigurableApplicationContext serviceContext(Service service) {
        return services.stream()
                .filter(running -> running.service() == service)
                .map(RunningService::context)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(service + " is not running"));
    }

    /** Where people open the portal; also the base of every link in a mail. */
    public String portalUrl() {
        return settings.url(settings.portalPort());
    }

    public List<DevUser> people() {
        return people;
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    /** Every Kafka principal but the broker's own, with its password (ADR 18). */
    public List<KafkaLogin> kafkaPrincipals() {
        return kafkaPrincipals;
    }

    /** How {@code user} signs in to this platform's Kafka: {@code svc-intake}, {@code partner-rsd}, ... */
    public KafkaLogin kafkaLogin(String user) {
        return kafkaPrincipals.stream()
                .filter(login -> login.user().equals(user))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No Kafka principal " + user));
    }

    /** The broker's own principal, a super user: for tools and tests that set up or inspect anything. */
    public KafkaLogin kafkaBrokerLogin() {
        return KafkaLogin.broker(
                kafkaBootstrapServers, KafkaPrincipals.secret(KafkaPrincipals.BROKER, settings.kafkaSecrets()));
    }

    public String mongoConnectionString() {
        return mongoConnectionString;
    }

    public int smtpPort() {
        return mail.smtpPort();
    }

    public String mailViewerUrl() {
        return settings.url(mailViewer.port()) + "/messages";
    }

    public Duration startTime() {
        return startTime;
    }

    @Override
    public void close() {
        long begin = System.nanoTime();
        closeServicesSideBySide();
        while (!started.isEmpty()) {
            AutoCloseable component = started.pop();
            try {
                component.close();
            } catch (Exception e) {
                log.warn("Stopping {} failed; going on with the rest", component, e);
            }
        }
        log.info("Wegwijs stopped in {} ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin));
    }

    /**
     * The four services depend on each other only through the broker and the store, which stop after them: they stop
     * side by side, so a stop under load takes as long as the slowest service, not the sum (ADR 10).
     */
    private void closeServicesSideBySide() {
        List<Thread> stopping = new ArrayList<>();
        for (RunningService service : services) {
            started.remove(service);
            Thread thread = new Thread(
                    () -> {
                        try {
                            service.close();
                        } catch (Exception e) {
                            log.warn(
                                    "Stopping {} failed; going on with the rest",
                                    service.service().displayName(),
                                    e);
                        }
                    },
                    "stop-" + service.service().displayName());
            thread.start();
            stopping.add(thread);
        }
        for (Thread thread : stopping) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
