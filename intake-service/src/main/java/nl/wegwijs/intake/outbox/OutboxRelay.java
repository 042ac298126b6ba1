package nl.wegwijs.intake.outbox;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import jakarta.annotation.PreDestroy;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import nl.wegwijs.contracts.Topics;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes the events waiting in the aggregates' {@code pendingEvents} (ADR 5): in order, synchronously, and removes
 * each one only after the broker acknowledged it. All publishing runs on one thread, so the run right after a save
 * and the periodic sweep never publish the same event twice within this instance.
 */
@Component
public class OutboxRelay {

    public static final String COLLECTION = "newcomers";
    public static final String FIELD = "pendingEvents";

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Map<String, String> BINDINGS = Map.of(
            Topics.NEWCOMER_PROFILED, "newcomerProfiled",
            Topics.FOLLOW_UPS, "followUps",
            Topics.NEWCOMER_ERASED, "newcomerErased");

    private final MongoTemplate mongo;
    private final StreamBridge bridge;
    private final ExecutorService publisher = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "intake-outbox");
        thread.setDaemon(true);
        return thread;
    });

    OutboxRelay(MongoTemplate mongo, StreamBridge bridge) {
        this.mongo = mongo;
        this.bridge = bridge;
    }

    /** Publishes one aggregate's pending events soon, without making the caller wait for the broker. */
    public void publishSoon(String aggregateId) {
        run(() -> publish(collection().find(eq("_id", aggregateId)).first()));
    }

    /** Picks up whatever a crash or a broker outage left behind. */
    @Scheduled(
            initialDelayString = "${wegwijs.outbox.sweep-initial-delay:PT1S}",
            fixedDelayString = "${wegwijs.outbox.sweep-interval:PT10S}")
    public void sweep() {
        run(() -> {
            for (Document aggregate : collection().find(exists(FIELD + ".0")).projection(Projections.include(FIELD))) {
                if (!publish(aggregate)) {
                    return;
                }
            }
        });
    }

    /** Queued runs are dropped: whatever they would have published stays pending for the next start. */
    @PreDestroy
    void stop() throws InterruptedException {
        publisher.shutdownNow();
        publisher.awaitTermination(10, TimeUnit.SECONDS);
    }

    private void run(Runnable task) {
        try {
            publisher.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    log.warn("Outbox relay run failed, the next sweep retries: {}", e.toString());
                }
            });
        } catch (RejectedExecutionException e) {
            log.debug("Outbox relay is stopping; the events stay pending");
        }
    }

    /** @return false when the broker refused, so a sweep stops instead of timing out on every aggregate */
    private boolean publish(Document aggregate) {
        if (aggregate == null) {
            return true;
        }
        for (Document pending : aggregate.getList(FIELD, Document.class, List.of())) {
            String eventId = pending.getString("eventId");
            try {
                if (!bridge.send(BINDINGS.get(pending.getString("topic")), message(pending))) {
                    log.warn("Outbox event {} of {} was not sent; will retry", eventId, aggregate.get("_id"));
                    return false;
                }
            } catch (RuntimeException e) {
                log.warn("Outbox event {} of {} failed: {}; will retry", eventId, aggregate.get("_id"), e.toString());
                return false;
            }
            collection()
                    .updateOne(eq("_id", aggregate.get("_id")), Updates.pull(FIELD, new Document("eventId", eventId)));
        }
        return true;
    }

    private static Message<byte[]> message(Document pending) {
        MessageBuilder<byte[]> message = MessageBuilder.withPayload(
                        pending.getString("payload").getBytes(StandardCharsets.UTF_8))
                .setHeader(KafkaHeaders.KEY, pending.getString("key").getBytes(StandardCharsets.UTF_8))
                .setHeader("contentType", "application/json");
        pending.get("headers", Document.class)
                .forEach((name, value) ->
                        message.setHeader(name, value.toString().getBytes(StandardCharsets.UTF_8)));
        return message.build();
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }
}
