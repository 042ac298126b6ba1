package nl.wegwijs.support.outbox;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import nl.wegwijs.contracts.CloudEventHeaders;
import nl.wegwijs.contracts.EventJson;
import nl.wegwijs.contracts.WegwijsEvent;

/**
 * An event kept in its aggregate's document until the broker has acknowledged it (ADR 5, ADR 15): topic, key,
 * CloudEvents headers and the JSON payload, exactly as they will go out.
 */
public record PendingEvent(String eventId, String topic, String key, Map<String, String> headers, String payload) {

    public static PendingEvent of(String topic, WegwijsEvent event) {
        return new PendingEvent(
                event.eventId().toString(),
                topic,
                event.aggregateId(),
                CloudEventHeaders.of(event),
                new String(EventJson.write(event), StandardCharsets.UTF_8));
    }

    public String type() {
        return headers.get(CloudEventHeaders.TYPE);
    }
}
