package nl.wegwijs.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.wegwijs.contracts.CloudEventHeaders;
import nl.wegwijs.contracts.DeclineReason;
import nl.wegwijs.contracts.EventJson;
import nl.wegwijs.contracts.EventType;
import nl.wegwijs.contracts.MalformedEventException;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.Topics;
import nl.wegwijs.contracts.partner.ReferralResponse;
import nl.wegwijs.contracts.partner.ResponseAction;
import nl.wegwijs.contracts.sealing.NewcomerKeyGone;
import nl.wegwijs.contracts.sealing.NewcomerKeysets;
import nl.wegwijs.contracts.sealing.SealedEvents;
import nl.wegwijs.platform.services.ServiceLauncher.Service;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Erasure reaches every topic (docs/adr/0025-crypto-shredding.md): a newcomer with a unique name, health text, notes,
 * a partner's decline reason (through the API and on its responses topic), a correction and a notice is erased; then no
 * record of any topic, read raw as the operator or opened through the consumers' and the partners' key paths, shows
 * any of it, and the records written after the erasure do not open with the keys fetched before it. Before, the same
 * key paths show the name, so the test can fail.
 */
class CryptoShreddingTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path data;

    private final HttpClient http = HttpClient.newHttpClient();
    private WegwijsPlatform platform;
    private PlatformClient client;

    @Test
    void afterTheErasureNoTopicShowsThePersonRawOrThroughAnyKeyPath() throws Exception {
        String unique = "Qz" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String name = "Family" + unique;
        String health = "Health" + unique;
        String notes = "Notes" + unique;
        String declined = "Declined" + unique;
        String responded = "Responded" + unique;
        try (WegwijsPlatform started = WegwijsPlatform.start(PlatformFixtures.onFreePorts(data))) {
            platform = started;
            client = new PlatformClient(platform);
            assertThat(Files.getPosixFilePermissions(data.resolve("newcomer-master-key.json")))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));

            JsonNode intake = client.postIntake(PlatformClient.threeReferralIntake()
                    .replace("Darwish", name)
                    .replace("amal.darwish@", unique.toLowerCase() + "@")
                    .replace("Type 2 diabetes", health)
                    .replace(
                            "\"consents\": [",
                            "\"statusMessages\": {\"consent\": true, \"channel\": \"EMAIL\"}, \"consents\": ["));
            UUID newcomer = UUID.fromString(intake.get("newcomerId").asString());
            UUID rsd = PlatformClient.referralOf(intake, "RSD");
            UUID cjg = PlatformClient.referralOf(intake, "CJG");
            UUID taalhuis = PlatformClient.referralOf(intake, "TAALHUIS");

            client.awaitReferralStatus(rsd, "RECEIVED");
            assertOk(client.post(
                    url(Service.REFERRAL, "/api/partner/referrals/" + rsd + "/decline"),
                    client.token("partner-rsd"),
                    "{\"reasonCode\": \"OTHER\", \"reason\": \"" + declined + "\"}"));
            assertOk(patch(
                    url(Service.INTAKE, "/api/newcomers/" + newcomer),
                    "{\"contact\": {\"phone\": \"+31 6 9999 0000\"}}"));
            assertOk(client.post(
                    url(Service.INTAKE, "/api/newcomers/" + newcomer + "/follow-ups/1"),
                    client.token("intake-officer"),
                    followUp(intake, notes)));
            client.awaitReferralStatus(taalhuis, "RECEIVED");
            declineOnKafka(taalhuis, responded);
            client.awaitReferralStatus(taalhuis, "REJECTED");
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> rawRecords().stream().anyMatch(r -> r.type().endsWith("NewcomerNoticeRequested.v1")));
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> rawRecords().stream().anyMatch(r -> r.type().endsWith("FollowUpHeld.v1")));
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> rawRecords().stream().anyMatch(r -> r.type().endsWith("ReferralDetailsCorrected.v1")));

            List<Raw> before = rawRecords();
            assertThat(readable(before)).doesNotContain(name, health, notes, declined, unique.toLowerCase());
            assertThat(readable(before))
                    .as("a partner's own response, as it wrote it")
                    .contains(responded);
            Map<UUID, Optional<String>> keysBefore = new HashMap<>();
            String opened = openedByServices(before, keysBefore);
            assertThat(opened)
                    .contains(name, health, declined, unique.toLowerCase())
                    .doesNotContain(notes);
            String cjgKey = partnerKey("partner-cjg", cjg).body();
            assertThat(openedByPartner(before, "partner.cjg.referrals.v1", cjgKey))
                    .contains(name);
            assertThat(partnerKey("partner-rsd", rsd).statusCode())
                    .as("declined: closed")
                    .isEqualTo(410);

            assertThat(keysBefore.get(newcomer)).isPresent();
            List<Raw> atErasure = rawRecords();
            HttpResponse<String> erased = http.send(
                    HttpRequest.newBuilder(URI.create(url(Service.INTAKE, "/api/newcomers/" + newcomer)))
                            .header("Authorization", "Bearer " + client.token("intake-officer"))
                            .DELETE()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(erased.statusCode()).isEqualTo(204);
            client.awaitReferralStatus(cjg, "CANCELLED");

            // Applied responses leave their topic after an erasure (docs/adr/0029), at once or 30 s later.
            await().atMost(Duration.ofSeconds(90))
                    .until(() -> !readable(rawRecords()).contains(responded));
            List<Raw> after = rawRecords();
            String[] person = {name, health, notes, declined, responded, unique.toLowerCase()};
            assertThat(readable(after)).doesNotContain(person);
            assertThat(openedByServices(after, new HashMap<>())).doesNotContain(person);
            // What was written after the erasure was not sealed with the key it destroyed, which keys fetched before
            // the erasure would still open.
            List<Raw> appended =
                    after.stream().filter(r -> !atErasure.contains(r)).toList();
            assertThat(appended)
                    .extracting(Raw::topic)
                    .contains("partner.cjg.referrals.v1", "intake.newcomer-erased.v1");
            assertThat(open(appended, id -> keysBefore.getOrDefault(id, Optional.empty())))
                    .doesNotContain(person);
            assertThat(openedByPartner(appended, "partner.cjg.referrals.v1", cjgKey))
                    .doesNotContain(person);
            assertThat(partnerKey("partner-cjg", cjg).statusCode()).isEqualTo(410);
            assertThat(client.get(
                                    url(Service.INTAKE, "/api/newcomer-keys/" + newcomer),
                                    client.token("referral-service"))
                            .statusCode())
                    .isEqualTo(410);
        }
    }

    /** A record; equal to another by where it is in the log. */
    private record Raw(String topic, int partition, long offset, String type, byte[] value) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Raw raw
                    && raw.topic.equals(topic)
                    && raw.partition == partition
                    && raw.offset == offset;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(topic, partition, offset);
        }

        String text() {
            return value == null ? "" : new String(value, StandardCharsets.UTF_8);
        }
    }

    /** Every record of every topic, dead letters included, as the operator reads them. */
    private List<Raw> rawRecords() throws Exception {
        Map<String, Object> config = platform.kafkaLogin("wegwijs-admin").clientProperties();
        List<String> topics;
        try (Admin admin = Admin.create(config)) {
            topics = new ArrayList<>(admin.listTopics().names().get());
        }
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        List<Raw> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = topics.stream()
                    .flatMap(topic ->
                            consumer.partitionsFor(topic).stream().map(p -> new TopicPartition(topic, p.partition())))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    var type = record.headers().lastHeader("ce_type");
                    records.add(new Raw(
                            record.topic(),
                            record.partition(),
                            record.offset(),
                            type == null ? "" : new String(type.value(), StandardCharsets.UTF_8),
                            record.value()));
                }
            }
        }
        return records;
    }

    private static String readable(List<Raw> records) {
        return records.stream().map(Raw::text).collect(Collectors.joining("\n"));
    }

    /** Opened as the referral and notification services open them: keys from intake with a service's own token. */
    private String openedByServices(List<Raw> records, Map<UUID, Optional<String>> keysets) {
        String token = client.token("referral-service");
        return open(
                records,
                id -> keysets.computeIfAbsent(id, newcomer -> {
                    HttpResponse<String> key = client.get(url(Service.INTAKE, "/api/newcomer-keys/" + newcomer), token);
                    assertThat(key.statusCode()).as(key.body()).isIn(200, 410);
                    return key.statusCode() == 200
                            ? Optional.of(
                                    JSON.readTree(key.body()).get("keyset").asString())
                            : Optional.empty();
                }));
    }

    private static String openedByPartner(List<Raw> records, String topic, String answer) {
        String keyset = JSON.readTree(answer).get("keyset").asString();
        return open(records.stream().filter(r -> r.topic().equals(topic)).toList(), id -> Optional.of(keyset));
    }

    private static String open(List<Raw> records, java.util.function.Function<UUID, Optional<String>> keysets) {
        StringBuilder opened = new StringBuilder();
        for (Raw record : records) {
            Optional<EventType> type = EventType.fromCeType(record.type());
            if (type.isEmpty() || record.value() == null) {
                opened.append(record.text()).append('\n');
                continue;
            }
            try {
                byte[] json = SealedEvents.open(
                        type.get(),
                        record.value(),
                        id -> keysets.apply(id).map(keyset -> NewcomerKeysets.aead(NewcomerKeysets.fromJson(keyset))));
                opened.append(new String(json, StandardCharsets.UTF_8)).append('\n');
            } catch (NewcomerKeyGone | MalformedEventException e) {
                // Erased, or sealed for another newcomer: nothing readable.
            }
        }
        return opened.toString();
    }

    /** As a partner's own system declines on its responses topic, with free text of its own. */
    private void declineOnKafka(UUID referral, String reason) throws Exception {
        ReferralResponse response = new ReferralResponse(
                UUID.randomUUID(),
                Instant.now(),
                "GM0355",
                UUID.randomUUID(),
                referral,
                PartnerCode.TAALHUIS,
                ResponseAction.DECLINED,
                DeclineReason.OTHER,
                reason,
                null,
                null,
                "taalhuis-case-system");
        Map<String, Object> config = platform.kafkaLogin("partner-taalhuis").clientProperties();
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(
                    Topics.partnerResponses(PartnerCode.TAALHUIS), referral.toString(), EventJson.write(response));
            CloudEventHeaders.of(response)
                    .forEach((header, value) -> record.headers().add(header, value.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get();
        }
    }

    private HttpResponse<String> partnerKey(String partnerClient, UUID referral) {
        return client.get(
                url(Service.REFERRAL, "/api/partner/referrals/" + referral + "/key"), client.token(partnerClient));
    }

    private HttpResponse<String> patch(String url, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", "Bearer " + client.token("intake-officer"))
                        .header("Content-Type", "application/merge-patch+json")
                        .method("PATCH", HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String followUp(JsonNode intake, String notes) {
        String reviews = intake.get("referrals")
                .valueStream()
                .map(r -> "{\"referralId\": \"" + r.get("referralId").asString() + "\", \"pickUp\": \"NOT_YET\"}")
                .collect(Collectors.joining(",", "[", "]"));
        return "{\"heldOn\": \"" + LocalDate.now() + "\", \"pillars\": {\"language\": {\"level\": \"A1\","
                + " \"supportReceived\": true}, \"socialNetwork\": {\"contactsWithResidents\": 2},"
                + " \"participation\": \"VOLUNTEERING\", \"knowingTheWay\": {\"activitiesJoined\": [\"library\"],"
                + " \"satisfied\": true}}, \"referralReviews\": " + reviews + ", \"notes\": \"" + notes + "\"}";
    }

    private static void assertOk(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 204);
    }

    private String url(Service service, String path) {
        return platform.serviceUrl(service) + path;
    }
}
