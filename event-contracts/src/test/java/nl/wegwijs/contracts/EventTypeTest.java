package nl.wegwijs.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.wegwijs.contracts.intake.PillarOutcomes;
import nl.wegwijs.contracts.partner.ResponseAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/** The event catalogue is complete: every event type has its schema and sample, and nothing is left over. */
class EventTypeTest {

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyEventTypeHasASchemaAndASample(EventType type) {
        assertThat(EventTypeTest.class.getResource(type.schemaResource()))
                .as(type.schemaResource())
                .isNotNull();
        assertThat(EventTypeTest.class.getResource(type.sampleResource()))
                .as(type.sampleResource())
                .isNotNull();
        assertThat(Resources.json(type.schemaResource()).get("title").stringValue())
                .isEqualTo(type.eventName());
    }

    @Test
    void everySchemaAndSampleFileBelongsToAnEventType() throws Exception {
        List<String> names =
                Arrays.stream(EventType.values()).map(EventType::eventName).toList();

        assertThat(fileNames("/schemas", ".schema.json")).containsExactlyInAnyOrderElementsOf(names);
        assertThat(fileNames("/samples", ".json")).containsExactlyInAnyOrderElementsOf(names);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void ceTypeNamesTheProducingServiceWhoseSubpackageHoldsTheRecord(EventType type) {
        String service = type.recordClass().getPackageName().replace("nl.wegwijs.contracts.", "");

        assertThat(type.ceType()).isEqualTo("nl.wegwijs." + service + "." + type.eventName() + ".v1");
        assertThat(type.source()).isEqualTo("/wegwijs/" + service);
        assertThat(EventType.fromCeType(type.ceType())).contains(type);
        assertThat(EventType.of(type.recordClass())).isEqualTo(type);
    }

    @Test
    void ceTypesAreTheOnesDesignNames() {
        assertThat(EventType.REFERRAL_ISSUED.ceType()).isEqualTo("nl.wegwijs.referral.ReferralIssued.v1");
        assertThat(EventType.NEWCOMER_PROFILED.ceType()).isEqualTo("nl.wegwijs.intake.NewcomerProfiled.v1");
        assertThat(EventType.REFERRAL_RESPONSE.ceType()).isEqualTo("nl.wegwijs.partner.ReferralResponse.v1");
        assertThat(EventType.REFERRAL_STALLED.ceType()).isEqualTo("nl.wegwijs.monitoring.ReferralStalled.v1");
    }

    @Test
    void aRecordThatIsNoRegisteredEventIsRefused() {
        record Unregistered(java.util.UUID eventId, java.time.Instant occurredAt, String municipality)
                implements WegwijsEvent {
            @Override
            public String aggregateId() {
                return "x";
            }
        }

        assertThatThrownBy(() -> EventType.of(Unregistered.class)).hasMessageContaining("not a registered event");
    }

    /** Enum values in the schemas must be exactly the Java enums, or a record and its schema disagree. */
    @ParameterizedTest
    @EnumSource(EventType.class)
    void schemaEnumsMatchTheJavaEnums(EventType type) {
        Map<String, Class<? extends Enum<?>>> enums = Map.of(
                "lifeDomain", LifeDomain.class,
                "urgency", Urgency.class,
                "referralStatus", ReferralStatus.class,
                "declineReason", DeclineReason.class,
                "slaPhase", SlaPhase.class,
                "responseAction", ResponseAction.class);
        JsonNode defs = Resources.json(type.schemaResource()).path("$defs");

        enums.forEach((name, enumClass) -> {
            if (defs.has(name)) {
                List<String> inSchema = defs.get(name)
                        .get("enum")
                        .valueStream()
                        .map(JsonNode::stringValue)
                        .toList();
                List<String> inJava = Arrays.stream(enumClass.getEnumConstants())
                        .map(Enum::name)
                        .toList();
                assertThat(inSchema).as("%s in %s", name, type).isEqualTo(inJava);
            }
        });
    }

    @Test
    void nestedEnumsMatchTheirSchemaToo() {
        JsonNode participation = Resources.json(EventType.FOLLOW_UP_HELD.schemaResource())
                .at("/properties/pillars/properties/participation/enum");

        assertThat(participation.valueStream().map(JsonNode::stringValue))
                .containsExactly(Arrays.stream(PillarOutcomes.Participation.values())
                        .map(Enum::name)
                        .toArray(String[]::new));
    }

    private static List<String> fileNames(String folder, String suffix) throws URISyntaxException, IOException {
        Path dir = Path.of(EventTypeTest.class.getResource(folder).toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .map(name -> name.substring(0, name.length() - suffix.length()))
                    .toList();
        }
    }
}
