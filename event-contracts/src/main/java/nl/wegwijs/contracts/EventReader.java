package nl.wegwijs.contracts;

import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import nl.wegwijs.contracts.sealing.NewcomerKeyGone;
import nl.wegwijs.contracts.sealing.NewcomerKeys;
import nl.wegwijs.contracts.sealing.SealedEvents;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * A tolerant reader: unknown fields are ignored and an unknown event type is skipped, so producers can add both
 * without breaking consumers. A reader with {@link NewcomerKeys} opens sealed personal fields, and skips an event whose
 * newcomer's key is gone (erased) as it skips an unknown type; one without reads the fields that travel unsealed.
 */
public final class EventReader {

    private final JsonMapper mapper;
    private final NewcomerKeys keys;

    public EventReader() {
        this(EventJson.mapper());
    }

    public EventReader(JsonMapper mapper) {
        this(mapper, null);
    }

    public EventReader(NewcomerKeys keys) {
        this(EventJson.mapper(), keys);
    }

    private EventReader(JsonMapper mapper, NewcomerKeys keys) {
        this.mapper = mapper;
        this.keys = keys;
    }

    /**
     * Reads a record by its {@code ce_type} header.
     *
     * @return empty for a missing or unknown type, or an erased newcomer's sealed event
     * @throws MalformedEventException when a known type's JSON is not a valid event
     */
    public Optional<WegwijsEvent> read(String ceType, byte[] json) {
        return EventType.fromCeType(ceType).flatMap(type -> parseUnlessErased(type, json));
    }

    /**
     * Reads a received record: in CloudEvents binary mode by the {@code ce_type} among its headers (see
     * {@link CloudEventHeaders#type}), in structured mode ({@code content-type: application/cloudevents+json}) by the
     * envelope's {@code type} and its {@code data} (or {@code data_base64}).
     */
    public Optional<WegwijsEvent> readRecord(Map<String, ?> headers, byte[] json) {
        if (!CloudEventHeaders.isStructured(headers)) {
            return read(CloudEventHeaders.type(headers), json);
        }
        Optional<EventType> type = EventType.fromCeType(recordType(headers, json));
        return type.flatMap(known -> parseUnlessErased(known, data(known, json)));
    }

    private Optional<WegwijsEvent> parseUnlessErased(EventType type, byte[] json) {
        try {
            return Optional.of(parse(type, json));
        } catch (NewcomerKeyGone e) {
            return Optional.empty();
        }
    }

    /** The type of a received record, in either mode; null when it has none or its envelope is not JSON. */
    public String recordType(Map<String, ?> headers, byte[] json) {
        if (!CloudEventHeaders.isStructured(headers)) {
            return CloudEventHeaders.type(headers);
        }
        JsonNode type = envelope(json).path("type");
        return type.isString() ? type.asString() : null;
    }

    private byte[] data(EventType type, byte[] json) {
        JsonNode envelope = envelope(json);
        if (envelope.hasNonNull("data_base64")) {
            return Base64.getDecoder().decode(envelope.get("data_base64").asString());
        }
        if (!envelope.hasNonNull("data")) {
            throw new MalformedEventException(type.ceType(), "structured CloudEvent without data");
        }
        return mapper.writeValueAsBytes(envelope.get("data"));
    }

    private JsonNode envelope(byte[] json) {
        try {
            return json == null ? MissingNode.getInstance() : mapper.readTree(json);
        } catch (JacksonException e) {
            return MissingNode.getInstance();
        }
    }

    /**
     * Reads one event of a known type, opening its sealed fields when this reader has keys.
     *
     * @throws MalformedEventException when it is not valid
     * @throws NewcomerKeyGone when its newcomer's key is destroyed
     */
    public WegwijsEvent parse(EventType type, byte[] json) {
        if (json == null || json.length == 0) {
            throw new MalformedEventException(type.ceType(), "no payload");
        }
        WegwijsEvent event;
        try {
            event = mapper.readValue(keys == null ? json : SealedEvents.open(type, json, keys), type.recordClass());
        } catch (JacksonException e) {
            throw new MalformedEventException(type.ceType(), e);
        }
        if (event == null) {
            throw new MalformedEventException(type.ceType(), "payload is JSON null");
        }
        return event;
    }
}
