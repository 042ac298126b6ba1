package nl.wegwijs.monitoring.outbox;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import nl.wegwijs.contracts.CloudEventHeaders;
import nl.wegwijs.contracts.EventJson;
import nl.wegwijs.contracts.WegwijsEvent;

/** An event waiting in its aggregate's document to be published: its key, CloudEvents headers and JSON. */
public record PendingEvent(String eventId, String key, Map<String, String> headers, String json) {

    public static PendingEvent of(WegwijsEvent event) {
        return new PendingEvent(
                event.eventId().toString(),
                event.aggregateId(),
                CloudEventHeaders.of(event),
                new String(EventJson.write(event), StandardCharsets.UTF_8));
    }

    public String ceType() {
        return headers.get(CloudEventHeaders.TYPE);
    }
}
