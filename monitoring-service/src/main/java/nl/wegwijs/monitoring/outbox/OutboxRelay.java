package nl.wegwijs.monitoring.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;
import org.springframework.util.MimeTypeUtils;

/**
 * Publishes the escalations that timers keep in {@code pendingEvents} (ADR 5): in order, synchronously, and removes
 * each one only after the broker acknowledged it. A crash in between publishes it again. What a crash or a refusing
 * broker leaves pending is found through the due-day bucket entries that fired it (ADR 8), not by a sweep.
 */
@Component
public class OutboxRelay {

    /** The only aggregate of this service that publishes: the SLA timer. */
    public static final String COLLECTION = "sla_timers";

    static final String BINDING = "escalations-out-0";
    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final MongoTemplate mongo;
    private final StreamBridge bridge;

    OutboxRelay(MongoTemplate mongo, StreamBridge bridge) {
        this.mongo = mongo;
        this.bridge = bridge;
    }

    /** Publishes the pending events that a write just stored in a timer. */
    public void publish(String timerId, List<PendingEvent> pending) {
        pending.forEach(event -> send(timerId, event.eventId(), event.key(), event.headers(), event.json()));
    }

    private void send(String timerId, String eventId, String key, Map<String, ?> headers, String json) {
        MessageBuilder<byte[]> message = MessageBuilder.withPayload(json.getBytes(StandardCharsets.UTF_8))
                .setHeader(KafkaHeaders.KEY, key.getBytes(StandardCharsets.UTF_8))
                .setHeader(MessageHeaders.CONTENT_TYPE, MimeTypeUtils.APPLICATION_JSON_VALUE);
        headers.forEach(message::setHeader);
        if (!bridge.send(BINDING, message.build())) {
            throw new IllegalStateException("Escalation " + eventId + " was not sent");
        }
        mongo.updateFirst(
                query(where("_id").is(timerId)),
                new Update().pull("pendingEvents", new Document("eventId", eventId)),
                COLLECTION);
        log.debug("Published escalation {} of timer {}", eventId, timerId);
    }
}
