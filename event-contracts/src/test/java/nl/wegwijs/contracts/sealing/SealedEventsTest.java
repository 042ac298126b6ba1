package nl.wegwijs.contracts.sealing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.crypto.tink.Aead;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import nl.wegwijs.contracts.EventJson;
import nl.wegwijs.contracts.EventReader;
import nl.wegwijs.contracts.EventSchemas;
import nl.wegwijs.contracts.EventType;
import nl.wegwijs.contracts.MalformedEventException;
import nl.wegwijs.contracts.Resources;
import nl.wegwijs.contracts.WegwijsEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.node.ObjectNode;

/** Personal fields sealed with the newcomer's key: bound to the newcomer and the type, unreadable once it is gone. */
class SealedEventsTest {

    private static final UUID NEWCOMER = UUID.fromString("0b0f3c2e-4d6a-4c1e-9f7b-2a3d4e5f6a7b");

    private final Aead key = NewcomerKeysets.aead(NewcomerKeysets.generate());

    @ParameterizedTest
    @EnumSource(EventType.class)
    void aSealedSampleHidesItsPersonalFieldsValidatesAndOpensToTheSameEvent(EventType type) {
        byte[] plain = Resources.toBytes(Resources.sample(type));

        byte[] sealed = SealedEvents.seal(type, plain, NEWCOMER, key);

        ObjectNode wire = (ObjectNode) EventJson.mapper().readTree(sealed);
        PersonalFields.of(type)
                .forEach(field -> assertThat(wire.has(field)).as(field).isFalse());
        assertThat(wire.has(SealedEvents.FIELD))
                .isEqualTo(!PersonalFields.of(type).isEmpty());
        assertThat(EventSchemas.errors(type, wire)).isEmpty();
        WegwijsEvent opened = new EventReader(id -> Optional.of(key)).parse(type, sealed);
        assertThat(opened).isEqualTo(new EventReader().parse(type, plain));
    }

    @Test
    void theNameIsNotInTheWireForm() {
        byte[] plain = Resources.toBytes(Resources.sample(EventType.REFERRAL_ISSUED));
        String givenNames = Resources.sample(EventType.REFERRAL_ISSUED)
                .path("name")
                .path("givenNames")
                .asString();

        byte[] sealed = SealedEvents.seal(EventType.REFERRAL_ISSUED, plain, NEWCOMER, key);

        assertThat(givenNames).isNotBlank();
        assertThat(new String(sealed, StandardCharsets.UTF_8)).doesNotContain(givenNames);
    }

    @Test
    void anotherNewcomerIdAsAssociatedDataDoesNotOpen() {
        byte[] plain = Resources.toBytes(Resources.sample(EventType.NEWCOMER_PROFILED));
        ObjectNode wire = (ObjectNode)
                EventJson.mapper().readTree(SealedEvents.seal(EventType.NEWCOMER_PROFILED, plain, NEWCOMER, key));
        ((ObjectNode) wire.get(SealedEvents.FIELD))
                .put("newcomerId", UUID.randomUUID().toString());

        assertThatThrownBy(() -> new EventReader(id -> Optional.of(key))
                        .parse(EventType.NEWCOMER_PROFILED, Resources.toBytes(wire)))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("do not open");
    }

    @Test
    void anotherEventTypeAsAssociatedDataDoesNotOpen() {
        byte[] plain = Resources.toBytes(Resources.sample(EventType.NEWCOMER_PROFILED));
        byte[] sealed = SealedEvents.seal(EventType.NEWCOMER_PROFILED, plain, NEWCOMER, key);

        assertThatThrownBy(
                        () -> SealedEvents.open(EventType.NEWCOMER_PROFILE_CORRECTED, sealed, id -> Optional.of(key)))
                .isInstanceOf(MalformedEventException.class);
    }

    @Test
    void anotherNewcomersKeyDoesNotOpen() {
        Aead other = NewcomerKeysets.aead(NewcomerKeysets.generate());
        byte[] plain = Resources.toBytes(Resources.sample(EventType.REFERRAL_ISSUED));
        byte[] sealed = SealedEvents.seal(EventType.REFERRAL_ISSUED, plain, NEWCOMER, key);

        assertThatThrownBy(() -> SealedEvents.open(EventType.REFERRAL_ISSUED, sealed, id -> Optional.of(other)))
                .isInstanceOf(MalformedEventException.class);
    }

    @Test
    void aGoneKeyMakesTheEventErasedAndTheReaderSkipsIt() {
        byte[] plain = Resources.toBytes(Resources.sample(EventType.REFERRAL_ISSUED));
        byte[] sealed = SealedEvents.seal(EventType.REFERRAL_ISSUED, plain, NEWCOMER, key);
        EventReader reader = new EventReader(id -> Optional.empty());

        assertThatThrownBy(() -> reader.parse(EventType.REFERRAL_ISSUED, sealed))
                .isInstanceOf(NewcomerKeyGone.class)
                .hasMessageNotContaining(NEWCOMER.toString());
        assertThat(reader.read(EventType.REFERRAL_ISSUED.ceType(), sealed)).isEmpty();
    }

    @Test
    void aKeysetSurvivesItsJsonForm() {
        var keyset = NewcomerKeysets.generate();
        byte[] plain = Resources.toBytes(Resources.sample(EventType.NEWCOMER_NOTICE_REQUESTED));
        byte[] sealed =
                SealedEvents.seal(EventType.NEWCOMER_NOTICE_REQUESTED, plain, NEWCOMER, NewcomerKeysets.aead(keyset));

        Aead partnerCopy = NewcomerKeysets.aead(NewcomerKeysets.fromJson(NewcomerKeysets.toJson(keyset)));

        assertThat(SealedEvents.open(EventType.NEWCOMER_NOTICE_REQUESTED, sealed, id -> Optional.of(partnerCopy)))
                .isNotEmpty();
    }
}
