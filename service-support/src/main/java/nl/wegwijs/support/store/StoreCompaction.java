package nl.wegwijs.support.store;

import nl.wegwijs.support.erasure.AfterErasure;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Asks the store to compact a collection after personal data left it (docs/adr/0027), at once and again after the
 * latest erasure ({@link AfterErasure}). The embedded store then rewrites its file so no erased value stays in it;
 * MongoDB rewrites the collection's files. A store that refuses the command (a user without the right, an older
 * MongoDB) is logged, not retried: the erasure itself is done.
 */
public class StoreCompaction implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StoreCompaction.class);

    private final MongoTemplate mongo;
    private final AfterErasure runner = new AfterErasure("store-compaction");

    StoreCompaction(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void afterErasure(String collection) {
        runner.run(collection, () -> compact(collection));
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
        runner.close();
    }
}
