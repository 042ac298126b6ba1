package nl.wegwijs.contracts;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.wegwijs.contracts.intake.NewcomerProfiled;
import org.junit.jupiter.api.Test;

class EventReaderTest {

    private final EventReader reader = new EventReader();
    private final byte[] profiled = Resources.bytes(EventType.NEWCOMER_PROFILED.sampleResource());

    @Test
    void readsAKnownTypeIntoItsRecord() {
        assertThat(reader.read("nl.wegwijs.intake.NewcomerProfiled.v1", profiled))
                .get()
                .isInstanceOfSatisfying(
                        NewcomerProfiled.class,
                        event -> assertThat(event.profile().name().givenNames()).isEqualTo("Amal"));
    }

    @Test
    void skipsAnUnknownType() {
        assertThat(reader.read("nl.wegwijs.intake.NewcomerMovedAway.v1", profiled))
                .isEmpty();
    }

    @Test
    void skipsAnUnknownTypeEvenWhenItsPayloadIsNotJson() {
        assertThat(reader.read("org.example.Something.v1", "\u0000not json".getBytes(UTF_8)))
                .isEmpty();
    }

    @Test
    void skipsALaterVersionOfAKnownEvent() {
        assertThat(reader.read("nl.wegwijs.intake.NewcomerProfiled.v2", profiled))
                .isEmpty();
    }

    @Test
    void skipsARecordWithoutAType() {
        assertThat(reader.read(null, profiled)).isEmpty();
    }

    @Test
    void refusesMalformedJsonOfAKnownTypeNamingTheType() {
        assertThatThrownBy(() -> reader.read("nl.wegwijs.intake.NewcomerProfiled.v1", "{\"eventId\":".getBytes(UTF_8)))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageStartingWith("Malformed nl.wegwijs.intake.NewcomerProfiled.v1 event");
    }

    @Test
    void refusesAnEmptyOrNullPayloadOfAKnownType() {
        assertThatThrownBy(() -> reader.parse(EventType.NEWCOMER_ERASED, new byte[0]))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("no payload");
        assertThatThrownBy(() -> reader.parse(EventType.NEWCOMER_ERASED, "null".getBytes(UTF_8)))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("JSON null");
    }

    @Test
    void refusesAPayloadOfAnotherTypeNamingWhatIsMissing() {
        byte[] added = Resources.bytes(EventType.REFERRAL_ADDED.sampleResource());

        assertThatThrownBy(() -> reader.read(EventType.NEWCOMER_PROFILED.ceType(), added))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("profile is required");
    }

    @Test
    void namesWhereInTheJsonANestedValueIsWrong() {
        var sample = Resources.sample(EventType.NEWCOMER_PROFILED);
        ((tools.jackson.databind.node.ObjectNode) sample.at("/profile/lifeDomains/2")).put("domain", "SPORT");

        assertThatThrownBy(() -> reader.parse(EventType.NEWCOMER_PROFILED, Resources.toBytes(sample)))
                .hasMessageContaining("at profile.lifeDomains[2].domain: not a valid LifeDomain");
    }

    /** The message goes into a dead letter's headers, beyond the reach of erasure: it quotes no value (ADR 25). */
    @Test
    void quotesNoValueOfTheMalformedEvent() {
        var sample = Resources.sample(EventType.NEWCOMER_PROFILED);
        ((tools.jackson.databind.node.ObjectNode) sample.at("/profile")).put("dateOfBirth", "Fatima Haddad");
        var broken = Resources.toBytes(sample);
        var syntax = "{\"eventId\": Fatima Haddad".getBytes(UTF_8);

        assertThatThrownBy(() -> reader.parse(EventType.NEWCOMER_PROFILED, broken))
                .hasMessageContaining("at profile.dateOfBirth: not a valid LocalDate")
                .message()
                .doesNotContain("Fatima");
        assertThatThrownBy(() -> reader.parse(EventType.NEWCOMER_PROFILED, syntax))
                .hasMessageEndingWith("not valid JSON")
                .message()
                .doesNotContain("Fatima");
    }
}
