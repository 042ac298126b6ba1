package nl.wegwijs.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.crypto.tink.Aead;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import nl.wegwijs.contracts.EventType;
import nl.wegwijs.contracts.sealing.NewcomerKeysets;
import nl.wegwijs.contracts.sealing.SealedEvents;
import nl.wegwijs.platform.services.ServiceLauncher.Service;
import nl.wegwijs.platform.time.AdjustableClock;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The route as its users live it, only through public REST APIs and topics: an intake
 * with three referrals; RSD (inbox) picks up in the platform, Taalhuis (switched to external) answers from its own
 * system with a plain Kafka client, CJG never picks up. Working days later the stall is flagged, escalated by mail,
 * on the coordination agenda and in the monitoring service's metrics. The newcomer, who consented to messages, hears
 * of the waitlisting and the acceptance in Arabic. Subclasses choose where Kafka and MongoDB come
 * from: the embedded platform's own, or containers.
 */
abstract class ReferralRoute {

    /** Tuesday 1 September 2026, 10:00 in Zeist. */
    private static final Instant START = Instant.parse("2026-09-01T08:00:00Z");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path data;

    private WegwijsPlatform platform;

    /** Platform arguments naming the Kafka and MongoDB to use; none starts the embedded ones. */
    abstract List<String> infrastructure();

    private PlatformClient client;

    @Test
    void aReferralNobodyPicksUpIsFlaggedEscalatedAndOnTheAgenda() throws Exception {
        AdjustableClock clock = AdjustableClock.startingAt(START);
        try (WegwijsPlatform started = WegwijsPlatform.start(settingsWithTaalhuisExternal(), clock)) {
            platform = started;
            client = new PlatformClient(platform);

            JsonNode intake = postIntake();
            UUID rsd = referralOf(intake, "RSD");
            UUID taalhuis = referralOf(intake, "TAALHUIS");
            UUID cjg = referralOf(intake, "CJG");

            // RSD works in the platform's inbox: the inbox consumer acknowledges, the partner waitlists over REST.
            awaitStatus(rsd, "RECEIVED");
            HttpResponse<String> waitlisted = client.post(
                    url(Service.REFERRAL, "/api/partner/referrals/" + rsd + "/waitlist"),
                    client.token("partner-rsd"),
                    "{\"expectedStart\": \"2026-10-05\", \"reason\": \"Intake group full; GP letter first.\"}");
            assertThat(waitlisted.statusCode()).as(waitlisted.body()).isEqualTo(200);

            // Taalhuis runs its own system: it reads its topic and answers on its response topic.
            // Its details are sealed (docs/adr/0025): it opens them with the key of its open referral.
            JsonNode sealed = readIssuedReferral("partner.taalhuis.referrals.v1", taalhuis);
            assertThat(sealed.toString()).doesNotContain("Darwish");
            JsonNode issued = openWithPartnerKey(sealed, taalhuis);
            assertThat(issued.get("partner").asString()).isEqualTo("TAALHUIS");
            assertThat(issued.get("name").get("familyName").asString()).isEqualTo("Darwish");
            assertThat(issued.has("health")).isFalse();
            assertThat(issued.has("childrenBirthYears")).isFalse();
            respondAsExternalPartner("taalhuis", "TAALHUIS", taalhuis, "RECEIVED");
            respondAsExternalPartner("taalhuis", "TAALHUIS", taalhuis, "ACCEPTED");

            awaitStatus(rsd, "WAITLISTED");
            awaitStatus(taalhuis, "ACCEPTED");
            awaitStatus(cjg, "RECEIVED");
            // The intake service shows the same statuses, read from referral.status-changed.v1 (ADR 11).
            String newcomer = url(
                    Service.INTAKE, "/api/newcomers/" + intake.get("newcomerId").asString());
            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> assertThat(JSON.readTree(
                                            client.get(newcomer, coordinator()).body())
                                    .get("referrals")
                                    .valueStream()
                                    .map(r -> r.get("partner").asString() + " "
                                            + r.get("status").asString())
                                    .toList())
                            .containsExactlyInAnyOrder("RSD WAITLISTED", "TAALHUIS ACCEPTED", "CJG RECEIVED"));
            awaitWaitlistNoticeInArabic();
            assertThat(client.get(url(Service.MONITORING, "/api/reports/regie-overleg"), coordinator())
                            .body())
                    .doesNotContain(cjg.toString());

            // CJG's urgent pick-up deadline is 2 working days; Friday morning it has passed.
            clock.advance(Duration.ofDays(3));

            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> assertThat(
                                    client.get(platform.mailViewerUrl(), null).body())
                            .contains("aanmelden@cjg.example")
                            .contains("Verwijzing " + cjg + " bij Centrum voor Jeugd en Gezin staat stil (niveau 1)"));
            String mails = client.get(platform.mailViewerUrl(), null).body();
            assertThat(mails).doesNotContain("Darwish").doesNotContain(rsd.toString());

            HttpResponse<String> agenda =
                    client.get(url(Service.MONITORING, "/api/reports/regie-overleg"), coordinator());
            assertThat(agenda.statusCode()).isEqualTo(200);
            assertThat(agenda.body()).contains(cjg.toString()).doesNotContain(taalhuis.toString());

            String metrics = client.get(url(Service.MONITORING, "/actuator/prometheus"), client.token("prometheus"))
                    .body();
            assertThat(metrics)
                    .containsPattern("wegwijs_referrals_stalled\\{[^}]*partner=\"CJG\"[^}]*} 1\\.0")
                    .containsPattern("wegwijs_sla_breaches_total\\{[^}]*partner=\"CJG\"[^}]*} 1\\.0")
                    .doesNotContain(cjg.toString());
        }
    }

    /**
     * The newcomer consented to messages by e-mail and reads Arabic first: RSD's waitlisting reaches her once, in
     * Arabic, with the expected start, and nothing of the partner's note or her situation (ADR 23).
     */
    private void awaitWaitlistNoticeInArabic() {
        List<JsonNode> notices = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> JSON.readTree(client.get(platform.mailViewerUrl(), null)
                                        .body())
                                .valueStream()
                                .filter(mail -> mail.get("to").toString().contains("amal.darwish@example.net"))
                                .toList(),
                        mails -> mails.size() == 2);
        assertThat(notices)
                .allSatisfy(mail -> assertThat(mail.get("subject").asString()).isEqualTo("أخبار عن إحالتك"));
        List<String> texts =
                notices.stream().map(mail -> mail.get("text").asString()).toList();
        assertThat(texts)
                .filteredOn(text -> text.contains("Regionale Sociale Dienst"))
                .singleElement()
                .asString()
                .contains("أنت على قائمة الانتظار. موعد البدء المتوقع: 5 تشرين الأول 2026.")
                .contains("startgesprek@zeist.example");
        assertThat(texts)
                .filteredOn(text -> text.contains("Taalhuis"))
                .singleElement()
                .asString()
                .contains("قبلت المنظمة إحالتك");
        assertThat(String.join("\n", texts))
                .doesNotContain("Intake group full", "GP letter", "diabetes", "Amal", "Darwish", "Homs");
    }

    private PlatformSettings settingsWithTaalhuisExternal() throws IOException {
        ObjectNode directory;
        try (InputStream in = getClass().getResourceAsStream("/partner-directory.json")) {
            directory = (ObjectNode) JSON.readTree(in);
        }
        for (JsonNode partner : directory.get("partners")) {
            if (partner.get("code").asString().equals("TAALHUIS")) {
                ((ObjectNode) partner).put("deliveryMode", "EXTERNAL");
            }
        }
        Path file = data.resolve("partner-directory.json");
        Files.writeString(file, JSON.writeValueAsString(directory));
        List<String> arguments = new ArrayList<>(infrastructure());
        arguments.addAll(List.of(
                "--wegwijs.platform.partner-directory=" + file,
                "--wegwijs.platform.service-properties.SLA_SCAN_INTERVAL=PT1S"));
        return PlatformSettings.onFreePorts(data, arguments.toArray(String[]::new));
    }

    private JsonNode postIntake() throws IOException {
        String body;
        try (InputStream in = getClass().getResourceAsStream("/intake-three-referrals.json")) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace(
                            "\"consents\": [",
                            "\"statusMessages\": {\"consent\": true, \"channel\": \"EMAIL\"}, \"consents\": [");
        }
        HttpResponse<String> response =
                client.post(url(Service.INTAKE, "/api/newcomers"), client.token("intake-officer"), body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body());
    }

    private static UUID referralOf(JsonNode intake, String partner) {
        for (JsonNode referral : intake.get("referrals")) {
            if (referral.get("partner").asString().equals(partner)) {
                return UUID.fromString(referral.get("referralId").asString());
            }
        }
        throw new AssertionError("No referral to " + partner + " in " + intake);
    }

    private void awaitStatus(UUID referral, String status) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            HttpResponse<String> response =
                    client.get(url(Service.REFERRAL, "/api/referrals/" + referral), coordinator());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(JSON.readTree(response.body()).get("status").asString()).isEqualTo(status);
        });
    }

    /** What a partner's own system does with nothing but kafka-clients: read its topic. */
    private JsonNode readIssuedReferral(String topic, UUID referral) {
        Properties config = new Properties();
        config.putAll(platform.kafkaLogin("partner-taalhuis").clientProperties());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "taalhuis-case-system");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    String type =
                            new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8);
                    if (referral.toString().equals(record.key()) && type.endsWith(".ReferralIssued.v1")) {
                        return JSON.readTree(record.value());
                    }
                }
            }
        }
        throw new AssertionError("Taalhuis never received referral " + referral);
    }

    /** With the key the referral service gives Taalhuis for its open referral, as the partner guide shows. */
    private JsonNode openWithPartnerKey(JsonNode sealed, UUID referral) {
        HttpResponse<String> key = client.get(
                url(Service.REFERRAL, "/api/partner/referrals/" + referral + "/key"), client.token("partner-taalhuis"));
        assertThat(key.statusCode()).as(key.body()).isEqualTo(200);
        Aead aead = NewcomerKeysets.aead(
                NewcomerKeysets.fromJson(JSON.readTree(key.body()).get("keyset").asString()));
        return JSON.readTree(SealedEvents.open(
                EventType.REFERRAL_ISSUED, JSON.writeValueAsBytes(sealed), newcomer -> Optional.of(aead)));
    }

    /** And answer on its response topic, with the CloudEvents headers the platform documents. */
    private void respondAsExternalPartner(String slug, String code, UUID referral, String action) throws Exception {
        String responseId = UUID.randomUUID().toString();
        String now = Instant.now().toString();
        String json = """
                {"eventId":"%s","occurredAt":"%s","municipality":"GM0355","responseId":"%s","referralId":"%s",
                 "partner":"%s","action":"%s","respondedBy":"taalhuis-case-system"}""".formatted(responseId, now, responseId, referral, code, action);
        ProducerRecord<String, String> record =
                new ProducerRecord<>("partner." + slug + ".responses.v1", referral.toString(), json);
        Map.of(
                        "ce_specversion",
                        "1.0",
                        "ce_id",
                        responseId,
                        "ce_type",
                        "nl.wegwijs.partner.ReferralResponse.v1",
                        "ce_source",
                        "/partners/" + slug,
                        "ce_time",
                        now,
                        "ce_subject",
                        referral.toString())
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(platform.kafkaLogin("partner-" + slug)
                .clientProperties(Map.of(
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                        StringSerializer.class,
                        ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                        StringSerializer.class)))) {
            producer.send(record).get();
        }
    }

    private String coordinator() {
        return client.token("coordinator");
    }

    private String url(Service service, String path) {
        return platform.serviceUrl(service) + path;
    }
}
