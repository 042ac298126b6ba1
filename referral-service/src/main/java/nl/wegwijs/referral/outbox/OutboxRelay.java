package nl.wegwijs.referral.outbox;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;

/**
 * Publishes an aggregate's pending events in order and removes each one only after the broker has acknowledged it
 * (ADR 5). A failure stops the run; the event stays and the sweep tries again.
 */
@Component
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    static final String PENDING_EVENTS = "pendingEvents";

    private final StreamBridge bridge;
    private final MongoTemplate mongo;

    OutboxRelay(StreamBridge bridge, MongoTemplate mongo) {
        this.bridge = bridge;
        this.mongo = mongo;
    }

    /** @return whether every event was published */
    public boolean publish(String collection, Object aggregateId, List<PendingEvent> events) {
        for (PendingEvent event : events) {
            try {
                bridge.send(event.topic(), message(event));
            } catch (RuntimeException e) {
                log.warn("Publishing event {} of {} failed; the sweep will retry", event.eventId(), aggregateId, e);
                return false;
            }
            // The version moves too, so a writer holding an older copy cannot put the published event back.
            mongo.updateFirst(
                    Query.query(Criteria.where("_id").is(aggregateId)),
                    new Update()
                            .pull(PENDING_EVENTS, new Document("eventId", event.eventId()))
                            .inc("version", 1),
                    collection);
        }
        return true;
    }

    private static Message<byte[]> message(PendingEvent event) {
        MessageBuilder<byte[]> builder = MessageBuilder.withPayload(
                        event.payload().getBytes(StandardCharsets.UTF_8))
                .setHeader(KafkaHeaders.KEY, event.key().getBytes(StandardCharsets.UTF_8))
                .setHeader(MessageHeaders.CONTENT_TYPE, "application/json");
        // Raw UTF-8 bytes: binary-mode CloudEvents headers, not JSON-quoted strings.
        event.headers().forEach((name, value) -> builder.setHeader(name, value.getBytes(StandardCharsets.UTF_8)));
        return builder.build();
    }
}
