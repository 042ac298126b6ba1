package nl.wegwijs.support.store;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Asks the store to compact a collection after personal data left it (docs/adr/0025). The embedded store then
 * rewrites its file so no erased value stays in it; MongoDB rewrites the collection's files. It runs off the caller's
 * thread, one at a time: a request for a collection already waiting is covered by that run; one made while it runs gets
 * its own run after it. A store that refuses the command (a user without the right, an older MongoDB) is logged, not retried:
 * the erasure itself is done.
 */
public class StoreCompaction implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StoreCompaction.class);

    private final MongoTemplate mongo;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "store-compaction");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<String> waiting = ConcurrentHashMap.newKeySet();

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
