package nl.wegwijs.contracts.sealing;

import com.google.crypto.tink.Aead;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.wegwijs.contracts.EventJson;
import nl.wegwijs.contracts.EventType;
import nl.wegwijs.contracts.MalformedEventException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Seals an event's {@link PersonalFields} with its newcomer's data key and opens them again. On the wire the personal
 * fields are gone and {@code sealed} holds {@code newcomerId} and {@code ciphertext}: Tink AES-GCM of the JSON object
 * of those fields, base64, with the associated data {@code <newcomerId>|<ce_type>}, so a ciphertext only opens for its
 * newcomer and its event type (docs/adr/0025-crypto-shredding.md).
 */
public final class SealedEvents {

    public static final String FIELD = "sealed";

    private SealedEvents() {}

    /** The wire form of an event's JSON; unchanged for a type without personal fields. */
    public static byte[] seal(EventType type, byte[] json, UUID newcomerId, Aead aead) {
        List<String> fields = PersonalFields.of(type);
        ObjectNode event = (ObjectNode) EventJson.mapper().readTree(json);
        ObjectNode personal = EventJson.mapper().createObjectNode();
        fields.stream().filter(event::has).forEach(field -> personal.set(field, event.remove(field)));
        if (personal.isEmpty()) {
            return json;
        }
        try {
            byte[] ciphertext =
                    aead.encrypt(EventJson.mapper().writeValueAsBytes(personal), associatedData(newcomerId, type));
            event.putObject(FIELD)
                    .put("newcomerId", newcomerId.toString())
                    .put("ciphertext", Base64.getEncoder().encodeToString(ciphertext));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Sealing failed", e);
        }
        return EventJson.mapper().writeValueAsBytes(event);
    }

    /** Whether the event's JSON holds any of its type's personal fields, so that it needs its newcomer's key. */
    public static boolean carriesPersonalFields(EventType type, byte[] json) {
        JsonNode event = EventJson.mapper().readTree(json);
        return PersonalFields.of(type).stream().anyMatch(event::has);
    }

    /**
     * The wire form of an event whose newcomer's key is already gone: its personal fields dropped, its {@code sealed}
     * without ciphertext, so a reader with keys skips it as erased and one without reads what is left.
     */
    public static byte[] shred(EventType type, byte[] json, UUID newcomerId) {
        ObjectNode event = (ObjectNode) EventJson.mapper().readTree(json);
        PersonalFields.of(type).forEach(event::remove);
        event.putObject(FIELD).put("newcomerId", newcomerId.toString()).put("ciphertext", "");
        return EventJson.mapper().writeValueAsBytes(event);
    }

    /**
     * The event's JSON with its personal fields back in place; unchanged when it holds nothing sealed.
     *
     * @throws NewcomerKeyGone when the newcomer's key is destroyed
     * @throws MalformedEventException when the ciphertext does not open with the key and associated data
     */
    public static byte[] open(EventType type, byte[] json, NewcomerKeys keys) {
        JsonNode tree = EventJson.mapper().readTree(json);
        if (!(tree instanceof ObjectNode event) || !event.has(FIELD)) {
            return json;
        }
        JsonNode sealed = event.remove(FIELD);
        UUID newcomerId = newcomerId(type, sealed);
        Aead aead = keys.aead(newcomerId).orElseThrow(() -> new NewcomerKeyGone(type.ceType()));
        try {
            byte[] plain = aead.decrypt(
                    Base64.getDecoder().decode(sealed.path("ciphertext").asString()), associatedData(newcomerId, type));
            event.setAll((ObjectNode) EventJson.mapper().readTree(plain));
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new MalformedEventException(type.ceType(), "sealed fields do not open with the newcomer's key");
        }
        return EventJson.mapper().writeValueAsBytes(event);
    }

    /** The newcomer whose key sealed the record, when it holds sealed fields. */
    public static Optional<UUID> newcomerId(EventType type, byte[] json) {
        JsonNode sealed = EventJson.mapper().readTree(json).path(FIELD);
        return sealed.isObject() ? Optional.of(newcomerId(type, sealed)) : Optional.empty();
    }

    static byte[] associatedData(UUID newcomerId, EventType type) {
        return (newcomerId + "|" + type.ceType()).getBytes(StandardCharsets.UTF_8);
    }

    private static UUID newcomerId(EventType type, JsonNode sealed) {
        try {
            return UUID.fromString(sealed.path("newcomerId").asString());
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException(type.ceType(), "sealed without a newcomerId");
        }
    }
}
