package nl.wegwijs.support.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Publishes what a crash or a refusing broker left in the documents. It scans only when something may be left: at
 * start, {@code retryDelay} after a refused send, and every {@code interval} as a last resort; never on a short timer
 * while all goes well. It stops at the first page with a refusal; that refusal schedules the next try.
 */
public class OutboxSweep {

    private static final Logger log = LoggerFactory.getLogger(OutboxSweep.class);
    private static final int PAGE = 100;

    private final MongoTemplate mongo;
    private final OutboxRelay relay;
    private final OutboxCollection collection;
    private final Duration interval;
    private final Duration retryDelay;
    private final AtomicBoolean retryScheduled = new AtomicBoolean();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "outbox-sweep");
        thread.setDaemon(true);
        return thread;
    });

    OutboxSweep(
            MongoTemplate mongo,
            OutboxRelay relay,
            OutboxCollection collection,
            Duration interval,
            Duration retryDelay) {
        this.mongo = mongo;
        this.relay = relay;
        this.collection = collection;
        this.interval = interval;
        this.retryDelay = retryDelay;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        scheduler.scheduleWithFixedDelay(this::sweepQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @EventListener(OutboxSendFailed.class)
    void retrySoon() {
        if (retryScheduled.compareAndSet(false, true)) {
            scheduler.schedule(
                    () -> {
                        retryScheduled.set(false);
                        sweepQuietly();
                    },
                    retryDelay.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    void stop() {
        scheduler.shutdownNow();
    }

    /** @return how many aggregates had events pending */
    public int sweep() {
        Query leftBehind = query(where(OutboxCollection.FIELD + ".0").exists(true));
        leftBehind.fields().include(OutboxCollection.FIELD);
        List<CompletableFuture<Boolean>> page = new ArrayList<>();
        int found = 0;
        for (Document aggregate : mongo.find(leftBehind, Document.class, collection.name())) {
            found++;
            page.add(relay.publish(aggregate.get("_id"), events(aggregate)));
            if (page.size() == PAGE && noneDelivered(page)) {
                return found; // the broker refuses everything: the next sweep tries again
            }
        }
        noneDelivered(page);
        return found;
    }

    private void sweepQuietly() {
        try {
            int found = sweep();
            if (found > 0) {
                log.info("Outbox sweep found events pending in {} aggregate(s)", found);
            }
        } catch (RuntimeException e) {
            log.warn("Outbox sweep failed; it runs again later: {}", e.toString());
            retrySoon();
        }
    }

    private List<PendingEvent> events(Document aggregate) {
        return aggregate.getList(OutboxCollection.FIELD, Document.class).stream()
                .map(event -> mongo.getConverter().read(PendingEvent.class, event))
                .toList();
    }

    /**
     * Waits for a page of aggregates. One event the broker always refuses (too large, say) must not keep the
     * aggregates after it from being sent, so only a page where nothing got through ends the sweep.
     */
    private static boolean noneDelivered(List<CompletableFuture<Boolean>> page) {
        boolean none = page.stream().map(CompletableFuture::join).noneMatch(Boolean::booleanValue);
        page.clear();
        return none;
    }
}
