package nl.wegwijs.intake.outbox;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import nl.wegwijs.contracts.CloudEventHeaders;
import nl.wegwijs.contracts.EventJson;
import nl.wegwijs.contracts.WegwijsEvent;

/**
 * An event waiting in its aggregate's document until the relay has published it: already serialised, with its
 * Kafka key and CloudEvents headers, so publishing needs nothing but this record.
 */
public record PendingEvent(
        String eventId, String type, String topic, String key, Map<String, String> headers, String payload) {

    public static PendingEvent of(WegwijsEvent event, String topic) {
        return new PendingEvent(
                event.eventId().toString(),
                event.type().ceType(),
                topic,
                event.aggregateId(),
                CloudEventHeaders.of(event),
                new String(EventJson.write(event), StandardCharsets.UTF_8));
    }
}
