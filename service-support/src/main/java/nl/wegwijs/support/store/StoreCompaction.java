package nl.wegwijs.support.store;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Asks the store to compact a collection after personal data left it (docs/adr/0027). The embedded store then
 * rewrites its file so no erased value stays in it; MongoDB rewrites the collection's files. It runs off the caller's
 * thread, one at a time, at once and again {@link #REPEAT_AFTER} after the latest erasure: records already on their way when the erasure
 * ran (a partner's inbox delivery, say) are written and then erased after it, and the second run takes those too. A
 * request for a collection whose run is still waiting is covered by it. A store that refuses the command (a user
 * without the right, an older MongoDB) is logged, not retried: the erasure itself is done.
 */
public class StoreCompaction implements AutoCloseable {

    static final Duration REPEAT_AFTER = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(StoreCompaction.class);

    private final MongoTemplate mongo;
    private final ScheduledExecutorService runner = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "store-compaction");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<String> waiting = ConcurrentHashMap.newKeySet();
    private final Map<String, ScheduledFuture<?>> repeats = new ConcurrentHashMap<>();

    StoreCompaction(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void afterErasure(String collection) {
        if (waiting.add(collection)) {
            runner.execute(() -> {
                waiting.remove(collection);
                compact(collection);
            });
        }
        // Always 30 s after the latest erasure: a later one moves the repeat on.
        repeats.compute(collection, (name, scheduled) -> {
            if (scheduled != null) {
                scheduled.cancel(false);
            }
            return runner.schedule(() -> compact(name), REPEAT_AFTER.toMillis(), TimeUnit.MILLISECONDS);
        });
    }

    private void compact(String collection) {
        try {
            mongo.executeCommand(new Document("compact", collection));
            log.info("Store compacted after an erasure ({})", collection);
        } catch (RuntimeException e) {
            log.warn("Store not compacted after an erasure ({}): {}", collection, e.getMessage());
        }
    }

    @Override
    public void close() {
        runner.shutdownNow();
    }
}
