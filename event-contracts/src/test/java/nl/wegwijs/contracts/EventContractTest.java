package nl.wegwijs.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Each event's record, JSON Schema and golden sample agree. */
class EventContractTest {

    private final EventReader reader = new EventReader();

    @ParameterizedTest
    @EnumSource(EventType.class)
    void sampleValidatesAgainstItsSchema(EventType type) {
        assertThat(EventSchemas.errors(type, Resources.sample(type))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void sampleReadsIntoItsRecordAndWritesBackUnchanged(EventType type) {
        ObjectNode sample = Resources.sample(type);

        WegwijsEvent event =
                reader.read(type.ceType(), Resources.toBytes(sample)).orElseThrow();

        assertThat(event).isInstanceOf(type.recordClass());
        assertThat(event.type()).isEqualTo(type);
        JsonNode written = EventJson.mapper().readTree(EventJson.write(event));
        assertThat(written).isEqualTo(sample);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void sampleIsKeyedByItsAggregateId(EventType type) {
        ObjectNode sample = Resources.sample(type);
        String aggregateField = NewcomerEvent.class.isAssignableFrom(type.recordClass()) ? "newcomerId" : "referralId";

        WegwijsEvent event = reader.parse(type, Resources.toBytes(sample));

        assertThat(event.aggregateId()).isEqualTo(sample.get(aggregateField).stringValue());
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void unknownFieldsAreIgnored(EventType type) {
        ObjectNode sample = Resources.sample(type);
        ObjectNode extended = sample.deepCopy();
        extended.put("addedInALaterVersion", "ignored");
        extended.putObject("someNewBlock").put("flag", true);
        firstNestedObject(extended).ifPresent(nested -> nested.put("nestedNewField", 42));

        WegwijsEvent plain = reader.parse(type, Resources.toBytes(sample));
        WegwijsEvent tolerant = reader.parse(type, Resources.toBytes(extended));

        assertThat(tolerant).isEqualTo(plain);
        assertThat(EventSchemas.errors(type, extended)).isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyRequiredFieldIsRequiredByRecordAndSchema() {
        return Stream.of(EventType.values())
                .flatMap(type -> requiredFields(type).stream()
                        .map(field -> DynamicTest.dynamicTest(type.eventName() + " without " + field, () -> {
                            ObjectNode incomplete = Resources.sample(type);
                            incomplete.remove(field);

                            assertThat(EventSchemas.errors(type, incomplete))
                                    .as("schema errors")
                                    .isNotEmpty();
                            assertThatThrownBy(() -> reader.parse(type, Resources.toBytes(incomplete)))
                                    .isInstanceOf(MalformedEventException.class)
                                    .hasMessageContaining(field)
                                    .hasMessageContaining(type.ceType());
                        })));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void aTimeThatIsNotUtcIsRejectedBySchema(EventType type) {
        ObjectNode sample = Resources.sample(type);
        sample.put("occurredAt", "2026-03-02T11:47:12+01:00");

        assertThat(EventSchemas.errors(type, sample)).isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void anEventIdThatIsNotAUuidIsRejectedBySchemaAndRecord(EventType type) {
        ObjectNode sample = Resources.sample(type);
        sample.put("eventId", "event-1");

        assertThat(EventSchemas.errors(type, sample)).isNotEmpty();
        assertThatThrownBy(() -> reader.parse(type, Resources.toBytes(sample)))
                .isInstanceOf(MalformedEventException.class);
    }

    private static List<String> requiredFields(EventType type) {
        return Resources.json(type.schemaResource())
                .get("required")
                .valueStream()
                .map(JsonNode::stringValue)
                .toList();
    }

    private static java.util.Optional<ObjectNode> firstNestedObject(ObjectNode node) {
        return node.valueStream()
                .filter(JsonNode::isObject)
                .map(ObjectNode.class::cast)
                .findFirst();
    }
}
