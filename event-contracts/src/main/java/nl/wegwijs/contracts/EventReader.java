package nl.wegwijs.contracts;

import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A tolerant reader: unknown fields are ignored and an unknown event type is skipped, so producers can add both
 * without breaking consumers.
 */
public final class EventReader {

    private final JsonMapper mapper;

    public EventReader() {
        this(EventJson.mapper());
    }

    public EventReader(JsonMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * Reads a record by its {@code ce_type} header.
     *
     * @return empty for a missing or unknown type
     * @throws MalformedEventException when a known type's JSON is not a valid event
     */
    public Optional<WegwijsEvent> read(String ceType, byte[] json) {
        return EventType.fromCeType(ceType).map(type -> parse(type, json));
    }

    /** Reads a received record by the {@code ce_type} among its headers (see {@link CloudEventHeaders#type}). */
    public Optional<WegwijsEvent> readRecord(Map<String, ?> headers, byte[] json) {
        return read(CloudEventHeaders.type(headers), json);
    }

    /** Reads one event of a known type; throws {@link MalformedEventException} when it is not valid. */
    public WegwijsEvent parse(EventType type, byte[] json) {
        if (json == null || json.length == 0) {
            throw new MalformedEventException(type.ceType(), "no payload");
        }
        WegwijsEvent event;
        try {
            event = mapper.readValue(json, type.recordClass());
        } catch (JacksonException e) {
            throw new MalformedEventException(type.ceType(), e);
        }
        if (event == null) {
            throw new MalformedEventException(type.ceType(), "payload is JSON null");
        }
        return event;
    }
}
