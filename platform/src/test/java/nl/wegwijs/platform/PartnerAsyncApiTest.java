package nl.wegwijs.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.wegwijs.contracts.CloudEventHeaders;
import nl.wegwijs.contracts.EventType;
import nl.wegwijs.contracts.Topics;
import nl.wegwijs.contracts.directory.PartnerDirectory;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.json.JsonMapper;

/** The hand-written AsyncAPI document of the partner topics says what event-contracts says, and nothing else. */
@SuppressWarnings("unchecked")
class PartnerAsyncApiTest {

    private static final Path DOCUMENT = Path.of("..", "docs", "asyncapi", "partner-topics.yaml");

    private final Map<String, Object> asyncApi = load();

    @Test
    void everyMessagePayloadIsTheEventSchemaOfThatName() {
        Map<String, Map<String, Object>> messages =
                (Map<String, Map<String, Object>>) section("components", "messages");

        assertThat(messages.keySet())
                .containsExactlyInAnyOrder(
                        "ReferralIssued", "ReferralWithdrawn", "ReferralDetailsCorrected", "ReferralResponse");
        messages.forEach((name, message) -> {
            String ref = (String) ((Map<String, Object>) message.get("payload")).get("$ref");
            Path schema = DOCUMENT.getParent().resolve(ref).normalize();
            EventType type =
                    EventType.valueOf(name.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase());
            assertThat(schema).exists();
            assertThat(title(schema)).isEqualTo(type.eventName());
        });
    }

    @Test
    void channelAddressesAreThePartnerTopicsOfEveryPartnerInTheDirectory() {
        Map<String, Map<String, Object>> channels = (Map<String, Map<String, Object>>) asyncApi.get("channels");
        List<String> slugs = (List<String>) section("components", "parameters", "partner", "enum");

        PartnerDirectory directory = PartnerDirectory.loadDefault();
        assertThat(slugs)
                .containsExactlyInAnyOrderElementsOf(directory.partners().stream()
                        .map(partner -> partner.code().topicSlug())
                        .toList());
        directory.partners().forEach(partner -> {
            String slug = partner.code().topicSlug();
            assertThat(address(channels, "partnerReferrals", slug)).isEqualTo(Topics.partnerReferrals(partner.code()));
            assertThat(address(channels, "partnerResponses", slug)).isEqualTo(Topics.partnerResponses(partner.code()));
        });
    }

    @Test
    void headersAreTheSixCloudEventsHeaders() {
        List<String> required = (List<String>) section("components", "schemas", "CloudEventHeaders", "required");

        assertThat(required)
                .containsExactlyInAnyOrder(
                        CloudEventHeaders.SPEC_VERSION,
                        CloudEventHeaders.ID,
                        CloudEventHeaders.TYPE,
                        CloudEventHeaders.SOURCE,
                        CloudEventHeaders.TIME,
                        CloudEventHeaders.SUBJECT);
    }

    @Test
    void everyServerAsksForThePartnersScramPrincipal() {
        Map<String, Map<String, Object>> servers = (Map<String, Map<String, Object>>) asyncApi.get("servers");
        Map<String, Object> scheme = (Map<String, Object>) section("components", "securitySchemes", "partnerPrincipal");

        assertThat(scheme).containsEntry("type", "scramSha512");
        assertThat(servers)
                .isNotEmpty()
                .allSatisfy((name, server) -> assertThat((List<Map<String, Object>>) server.get("security"))
                        .as(name)
                        .containsExactly(Map.of("$ref", "#/components/securitySchemes/partnerPrincipal")));
    }

    private static String address(Map<String, Map<String, Object>> channels, String channel, String slug) {
        return ((String) channels.get(channel).get("address")).replace("{partner}", slug);
    }

    private Object section(String... path) {
        Object node = asyncApi;
        for (String key : path) {
            node = ((Map<String, Object>) node).get(key);
            assertThat(node).as(String.join(".", path)).isNotNull();
        }
        return node;
    }

    private static String title(Path schema) {
        try {
            return JsonMapper.builder()
                    .build()
                    .readTree(schema.toFile())
                    .get("title")
                    .asString();
        } catch (RuntimeException e) {
            throw new AssertionError("Cannot read " + schema, e);
        }
    }

    private static Map<String, Object> load() {
        try (InputStream in = Files.newInputStream(DOCUMENT)) {
            return new Yaml().load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
