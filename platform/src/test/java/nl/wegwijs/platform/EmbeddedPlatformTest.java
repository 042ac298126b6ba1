package nl.wegwijs.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import nl.wegwijs.contracts.CloudEventHeaders;
import nl.wegwijs.contracts.EventJson;
import nl.wegwijs.contracts.EventReader;
import nl.wegwijs.contracts.EventType;
import nl.wegwijs.contracts.Topics;
import nl.wegwijs.contracts.WegwijsEvent;
import nl.wegwijs.contracts.directory.PartnerDirectory;
import nl.wegwijs.platform.kafka.KafkaPrincipals;
import nl.wegwijs.platform.kafka.KafkaSetup;
import nl.wegwijs.platform.kafka.TopicPlan;
import nl.wegwijs.platform.services.ServiceLauncher.Service;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The whole embedded platform on free ports, used only through what a user has: HTTP, Kafka, MongoDB, SMTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbeddedPlatformTest {

    @TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ON_SUCCESS)
    static Path data;

    private WegwijsPlatform platform;
    private PlatformClient client;

    @BeforeAll
    void start() {
        platform = WegwijsPlatform.start(PlatformFixtures.onFreePorts(data));
        client = new PlatformClient(platform);
    }

    @AfterAll
    void stop() {
        platform.close();
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void healthIsOpenAndUp(Service service) {
        HttpResponse<String> health = client.get(platform.serviceUrl(service) + "/actuator/health", null);

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void healthDetailsShowTheStoreToOperators(Service service) {
        HttpResponse<String> health =
                client.get(platform.serviceUrl(service) + "/actuator/health", client.token("coordinator"));

        assertThat(health.body()).contains("\"mongo\"").contains("\"ok\":1.0");
    }

    static Stream<Arguments> protectedEndpoints() {
        return Stream.of(
                Arguments.of(Service.INTAKE, "/api/partners", "prometheus", "intake-officer", "TAALHUIS"),
                Arguments.of(Service.INTAKE, "/api/partners", "prometheus", "coordinator", "SOCIAAL_TEAM"),
                Arguments.of(Service.REFERRAL, "/api/partner/profile", "coordinator", "partner-rsd", "\"RSD\""),
                Arguments.of(Service.REFERRAL, "/api/partner/profile", "intake-officer", "partner-cjg", "\"CJG\""),
                Arguments.of(Service.MONITORING, "/api/sla-policies", "intake-officer", "coordinator", "PICK_UP"),
                Arguments.of(
                        Service.NOTIFICATION,
                        "/api/escalation-recipients",
                        "prometheus",
                        "coordinator",
                        "verwijzingen@rsd.example"));
    }

    @ParameterizedTest(name = "{0} {1}: no token 401, {2} 403, {3} 200")
    @MethodSource("protectedEndpoints")
    void everyServiceChecksTokenAndRole(
            Service service, String path, String wrongClient, String rightClient, String expectedContent) {
        String url = platform.serviceUrl(service) + path;

        HttpResponse<String> anonymous = client.get(url, null);
        HttpResponse<String> wrongRole = client.get(url, client.token(wrongClient));
        HttpResponse<String> rightRole = client.get(url, client.token(rightClient));

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertProblem(anonymous, 401, path);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
        assertThat(wrongRole.statusCode()).isEqualTo(403);
        assertProblem(wrongRole, 403, path);
        assertThat(rightRole.statusCode()).isEqualTo(200);
        assertThat(rightRole.body()).contains(expectedContent);
    }

    static Stream<Arguments> apiDescriptions() {
        return Stream.of(
                Arguments.of(Service.INTAKE, "/api/newcomers"),
                Arguments.of(Service.REFERRAL, "/api/partner/referrals"),
                Arguments.of(Service.MONITORING, "/api/reports/partners"),
                Arguments.of(Service.NOTIFICATION, "/api/notifications"));
    }

    /** Each service serves its OpenAPI document, and the build keeps a copy in docs/openapi for integrators. */
    @ParameterizedTest
    @MethodSource("apiDescriptions")
    void everyServiceDescribesItsApiAndTheBuildWritesItToTheDocs(Service service, String path) throws Exception {
        HttpResponse<String> description = client.get(platform.serviceUrl(service) + "/v3/api-docs", null);

        assertThat(description.statusCode()).isEqualTo(200);
        // Sorted, so the same API gives the same file: springdoc's order of properties varies from run to run.
        JsonMapper json = JsonMapper.builder()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
                .build();
        JsonNode document = json.readTree(description.body());
        assertThat(document.get("openapi").asString()).startsWith("3.");
        assertThat(document.get("paths").has(path)).as(path).isTrue();
        ((ObjectNode) document).remove("servers");
        Path docs = Path.of("..", "docs", "openapi");
        Files.createDirectories(docs);
        Files.writeString(docs.resolve(service.displayName() + ".json"), json.writeValueAsString(document) + "\n");
    }

    /** Issue 17: guessing a client's secret stops after five wrong tries, right secret or not; others go on. */
    @Test
    void aClientIsLockedOutOfTheTokenEndpointAfterRepeatedWrongSecrets() {
        String guessed = "partner-sociaal-team";
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(client.tokenResponse(guessed, "guess-" + attempt).statusCode())
                    .as("wrong secret %d", attempt)
                    .isEqualTo(401);
        }

        HttpResponse<String> locked =
                client.tokenResponse(guessed, platform.clients().byId(guessed).secret());

        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Retry-After")).isPresent();
        assertThat(locked.body()).contains("invalid_client").doesNotContain("access_token");
        assertThat(client.token("partner-cjg")).isNotBlank();
    }

    static Stream<Arguments> audiences() {
        List<String> all = List.of("intake-service", "monitoring-service", "notification-service", "referral-service");
        return Stream.of(
                Arguments.of("partner-rsd", List.of("monitoring-service", "referral-service")),
                Arguments.of("intake-officer", List.of("intake-service", "monitoring-service", "referral-service")),
                Arguments.of("coordinator", all),
                Arguments.of("prometheus", all),
                Arguments.of("referral-service", List.of("intake-service")),
                Arguments.of("notification-service", List.of("intake-service")));
    }

    /** ADR 24: a token names the services its roles call, and lives five minutes. */
    @ParameterizedTest
    @MethodSource("audiences")
    void aTokenNamesTheServicesItsRolesCallAndLivesFiveMinutes(String clientId, List<String> services) {
        String token = client.token(clientId);

        assertThat(PlatformClient.audience(token)).isEqualTo(services);
        JsonNode claims = PlatformClient.claims(token);
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(300);
    }

    @Test
    void aForgedTokenIsRefused() {
        String token = client.token("coordinator");
        String forged = token.substring(0, token.length() - 4) + "AAAA";

        HttpResponse<String> response =
                client.get(platform.serviceUrl(Service.MONITORING) + "/api/sla-policies", forged);

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void anUnknownPathIsANotFoundProblem() {
        String path = "/api/no-such-thing";

        HttpResponse<String> response =
                client.get(platform.serviceUrl(Service.MONITORING) + path, client.token("coordinator"));

        assertProblem(response, 404, path);
    }

    /** Errors no controller answers: the error path itself, and a path Tomcat refuses before Spring sees it. */
    @ParameterizedTest
    @EnumSource(Service.class)
    void everyErrorIsAProblemDocumentEvenBeyondSpring(Service service) throws Exception {
        assertProblem(client.get(platform.serviceUrl(service) + "/error", null), 404, "/error");

        URI url = URI.create(platform.serviceUrl(service));
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            socket.getOutputStream()
                    .write(("GET /api/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(answer)
                    .startsWith("HTTP/1.1 400")
                    .containsIgnoringCase("Content-Type: application/problem+json")
                    .contains("\"status\":400")
                    .doesNotContain("<html")
                    .doesNotContainIgnoringCase("tomcat");
        }
    }

    @Test
    void metricsNeedTheMetricsRole() {
        String url = platform.serviceUrl(Service.MONITORING) + "/actuator/prometheus";

        assertThat(client.get(url, null).statusCode()).isEqualTo(401);
        assertThat(client.get(url, client.token("partner-rsd")).statusCode()).isEqualTo(403);
        HttpResponse<String> scrape = client.get(url, client.token("prometheus"));
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void brokerServesEveryTopicOfTheCatalogueWithItsDeadLetterTopics() throws Exception {
        TopicPlan plan = TopicPlan.forDirectory(PartnerDirectory.loadDefault());
        try (Admin admin =
                Admin.create(platform.kafkaLogin(KafkaPrincipals.OPERATOR).clientProperties())) {
            var topics = admin.listTopics().names().get();

            assertThat(topics).containsAll(plan.topics()).containsAll(plan.deadLetterTopics());
            assertThat(topics)
                    .contains(
                            Topics.NEWCOMER_PROFILED,
                            "partner.samen-oplopen.referrals.v1",
                            "partner.sociaal-team.responses.v1",
                            "intake.newcomer-profiled.v1.referral-service.dlq");
        }
    }

    @Test
    void aContractEventTravelsThroughTheBrokerWithItsCloudEventsHeaders() {
        WegwijsEvent sample = PlatformFixtures.sample(EventType.NEWCOMER_PROFILED);
        Map<String, String> headers = CloudEventHeaders.of(sample);
        ProducerRecord<String, byte[]> record =
                new ProducerRecord<>(Topics.NEWCOMER_PROFILED, sample.aggregateId(), EventJson.write(sample));
        headers.forEach((name, value) -> record.headers().add(name, value.getBytes()));

        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerConfig())) {
            producer.send(record).get();
        } catch (Exception e) {
            throw new AssertionError("The broker did not take the record", e);
        }
        ConsumerRecord<String, byte[]> received = readOne(Topics.NEWCOMER_PROFILED, sample.aggregateId());

        Map<String, String> receivedHeaders = new java.util.HashMap<>();
        for (Header header : received.headers()) {
            receivedHeaders.put(header.key(), new String(header.value()));
        }
        assertThat(receivedHeaders)
                .containsEntry(CloudEventHeaders.SPEC_VERSION, "1.0")
                .containsEntry(CloudEventHeaders.ID, sample.eventId().toString())
                .containsEntry(CloudEventHeaders.TYPE, "nl.wegwijs.intake.NewcomerProfiled.v1")
                .containsEntry(CloudEventHeaders.SOURCE, "/wegwijs/intake")
                .containsEntry(CloudEventHeaders.SUBJECT, sample.aggregateId())
                .containsKey(CloudEventHeaders.TIME);
        assertThat(new EventReader().read(receivedHeaders.get(CloudEventHeaders.TYPE), received.value()))
                .contains(sample);
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void eachServiceSignsInToKafkaAsItsOwnPrincipal(Service service) {
        var environment = platform.serviceContext(service).getEnvironment();

        assertThat(environment.getProperty("spring.cloud.stream.kafka.binder.configuration.security.protocol"))
                .isEqualTo("SASL_PLAINTEXT");
        assertThat(environment.getProperty("spring.cloud.stream.kafka.binder.configuration.sasl.jaas.config"))
                .contains("username=\"" + KafkaPrincipals.ofService(service.displayName()) + "\"");
    }

    @Test
    void theBannerPrintsTheKafkaPrincipalsWithTheirDevelopmentPasswords() {
        String banner = ReadyBanner.render(platform);

        assertThat(banner)
                .contains("svc-referral", "svc-referral-dev-secret")
                .contains("partner-samen-oplopen", "partner-samen-oplopen-dev-secret")
                .contains("wegwijs-admin", "wegwijs-admin-dev-secret")
                .contains("-X sasl.username=partner-rsd -X sasl.password=partner-rsd-dev-secret");
    }

    @Test
    void everyServiceWritesWithMajorityAndJournal() {
        for (Service service : Service.values()) {
            MongoTemplate template = platform.serviceContext(service).getBean(MongoTemplate.class);

            assertThat(template.getDb().getWriteConcern())
                    .as(service.displayName())
                    .isEqualTo(WriteConcern.MAJORITY.withJournal(true));
        }
    }

    @Test
    void deadLetterTopicsHaveAsManyPartitionsAsTheTopicsTheyServe() throws Exception {
        TopicPlan plan = TopicPlan.forDirectory(PartnerDirectory.loadDefault());
        try (Admin admin =
                Admin.create(platform.kafkaLogin(KafkaPrincipals.OPERATOR).clientProperties())) {
            var described = admin.describeTopics(plan.deadLetterTopics())
                    .allTopicNames()
                    .get();

            assertThat(described.values())
                    .isNotEmpty()
                    .allSatisfy(topic ->
                            assertThat(topic.partitions()).as(topic.name()).hasSize(KafkaSetup.TOPIC_PARTITIONS));
        }
    }

    @Test
    void mongoClientsConnectToTheStore() {
        try (MongoClient mongo = MongoClients.create(platform.mongoConnectionString())) {
            var collection = mongo.getDatabase("platform-test").getCollection("probe");
            collection.insertOne(new Document("_id", "probe-1").append("ok", true));

            assertThat(collection.find(new Document("_id", "probe-1")).first()).containsEntry("ok", true);
        }
    }

    @Test
    void mailSentToTheSmtpServerIsListedForDevelopers() {
        ServerSetup smtp =
                new ServerSetup(platform.smtpPort(), platform.settings().host(), ServerSetup.PROTOCOL_SMTP);
        GreenMailUtil.sendTextEmail(
                "coordinator@gemeente.example", "wegwijs@gemeente.example", "Verwijzing W-1 staat stil", "body", smtp);

        HttpResponse<String> messages = client.get(platform.mailViewerUrl(), null);

        assertThat(messages.statusCode()).isEqualTo(200);
        assertThat(messages.body()).contains("Verwijzing W-1 staat stil").contains("coordinator@gemeente.example");
    }

    private ConsumerRecord<String, byte[]> readOne(String topic, String key) {
        Properties config = new Properties();
        config.putAll(platform.kafkaLogin(KafkaPrincipals.OPERATOR).clientProperties());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, KafkaPrincipals.OPERATOR + "-platform-test-" + System.nanoTime());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
            while (System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                var match = seen.stream().filter(r -> key.equals(r.key())).findFirst();
                if (match.isPresent()) {
                    return match.get();
                }
            }
        }
        throw new AssertionError("No record with key " + key + " on " + topic + " within 30 s");
    }

    private Map<String, Object> producerConfig() {
        return platform.kafkaLogin(KafkaPrincipals.INTAKE)
                .clientProperties(Map.of(
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                        true,
                        ProducerConfig.LINGER_MS_CONFIG,
                        0,
                        ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                        StringSerializer.class,
                        ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                        ByteArraySerializer.class));
    }

    private static void assertProblem(HttpResponse<String> response, int status, String path) {
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body())
                .contains("\"status\":" + status)
                .contains("\"title\":")
                .contains("\"instance\":\"" + path + "\"");
    }
}
