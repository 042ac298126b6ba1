package nl.wegwijs.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Samples broken in one value are rejected by the schema and by the record alike. */
class SchemaViolationTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final EventReader reader = new EventReader();

    private record Violation(String pointer, JsonNode value) {}

    /** Exhaustive on purpose: a new event type does not compile until it has a violation here. */
    private static Violation violationOf(EventType type) {
        return switch (type) {
            case NEWCOMER_PROFILED -> new Violation("/profile/lifeDomains/3/domain", NODES.stringNode("SPORTS"));
            case NEWCOMER_PROFILE_CORRECTED -> new Violation("/changedFields/0", NODES.stringNode("referrals"));
            case REFERRAL_ADDED -> new Violation("/referral/lifeDomains/0", NODES.stringNode("SPORTS"));
            case REFERRAL_CANCELLED -> new Violation("/partner", NODES.stringNode("samen oplopen"));
            case FOLLOW_UP_SCHEDULED -> new Violation("/number", NODES.numberNode(4));
            case FOLLOW_UP_HELD -> new Violation("/pillars/participation", NODES.stringNode("STUDYING"));
            case NEWCOMER_ERASED -> new Violation("/newcomerId", NODES.stringNode("42"));
            case NEWCOMER_NOTICE_REQUESTED -> new Violation("/kind", NODES.stringNode("COMPLETED"));
            case REFERRAL_ISSUED -> new Violation("/urgency", NODES.stringNode("ASAP"));
            case REFERRAL_WITHDRAWN -> new Violation("/partner", NODES.stringNode("taalhuis"));
            case REFERRAL_DETAILS_CORRECTED -> new Violation("/changedFields/0", NODES.stringNode("lifeDomains"));
            case REFERRAL_STATUS_CHANGED -> new Violation("/to", NODES.stringNode("ON_HOLD"));
            case REFERRAL_RESPONSE -> new Violation("/action", NODES.stringNode("ON_HOLD"));
            case REFERRAL_STALLED -> new Violation("/phase", NODES.stringNode("DELIVERY"));
            case FOLLOW_UP_OVERDUE -> new Violation("/number", NODES.numberNode(0));
        };
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void aSampleWithAnInvalidValueIsRejected(EventType type) {
        Violation violation = violationOf(type);
        ObjectNode broken = Resources.sample(type);
        replace(broken, violation.pointer(), violation.value());

        assertThat(EventSchemas.errors(type, broken))
                .as("schema errors for %s = %s", violation.pointer(), violation.value())
                .isNotEmpty();
        assertThatThrownBy(() -> reader.parse(type, Resources.toBytes(broken)))
                .isInstanceOf(MalformedEventException.class);
    }

    @Test
    void healthDetailsNeverTravelAsASituation() {
        ObjectNode issued = Resources.sample(EventType.REFERRAL_ISSUED);
        ((ObjectNode) issued.at("/situations/0")).put("domain", "HEALTH");

        assertThat(EventSchemas.errors(EventType.REFERRAL_ISSUED, issued)).isNotEmpty();
        assertThatThrownBy(() -> reader.parse(EventType.REFERRAL_ISSUED, Resources.toBytes(issued)))
                .hasMessageContaining("situations must not hold the HEALTH domain");
    }

    @Test
    void anInterpreterNeedNamesItsLanguage() {
        ObjectNode profiled = Resources.sample(EventType.NEWCOMER_PROFILED);
        ((ObjectNode) profiled.at("/profile/interpreter")).remove("language");

        assertThat(EventSchemas.errors(EventType.NEWCOMER_PROFILED, profiled)).isNotEmpty();
        assertThatThrownBy(() -> reader.parse(EventType.NEWCOMER_PROFILED, Resources.toBytes(profiled)))
                .hasMessageContaining("interpreter language is required");
    }

    @Test
    void aMissingNestedFieldIsNamed() {
        ObjectNode profiled = Resources.sample(EventType.NEWCOMER_PROFILED);
        ((ObjectNode) profiled.at("/referrals/1")).remove("reason");

        assertThat(EventSchemas.errors(EventType.NEWCOMER_PROFILED, profiled)).isNotEmpty();
        assertThatThrownBy(() -> reader.parse(EventType.NEWCOMER_PROFILED, Resources.toBytes(profiled)))
                .hasMessageContaining("reason is required");
    }

    private static void replace(ObjectNode root, String pointer, JsonNode value) {
        JsonPointer path = JsonPointer.compile(pointer);
        JsonNode parent = root.at(path.head());
        String last = path.last().getMatchingProperty();
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
    }
}
