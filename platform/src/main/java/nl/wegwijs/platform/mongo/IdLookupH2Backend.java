package nl.wegwijs.platform.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.util.UUID;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend, except that a query naming one {@code _id} next to other conditions reads that one
 * document instead of the whole collection.
 *
 * <p>Out of the box an index serves a query only when the query has exactly the index's keys, so {@code {_id: x,
 * version: 3}} (every optimistic-locking save of Spring Data) and {@code {_id: x, generation: {$lt: 5}}} (every
 * conditional upsert) scan the collection: each such write cost grew with the collection (ADR 8). Here the
 * {@code _id} index picks the candidate and the full query is then matched against it, so the result is the same.
 */
final class IdLookupH2Backend extends H2Backend {

    /** The store a database opens its collections in, while its constructor (which opens them) runs. */
    private static final ThreadLocal<MVStore> OPENING = new ThreadLocal<>();

    /**
     * How long H2 keeps chunks that newer writes made obsolete. A read walks a snapshot; if writes free its chunks
     * before it ends, it fails with "Chunk ... not found". H2's 45 s default is shorter than a full scan of a million
     * documents takes here (a gauge count in the benchmarks did fail so); the cost is a larger file for that long.
     */
    static final int RETENTION_MILLIS = 15 * 60 * 1000;

    IdLookupH2Backend(String fileName) {
        super(open(fileName));
    }

    private static MVStore open(String fileName) {
        MVStore store = new MVStore.Builder().fileName(fileName).open();
        store.setRetentionTime(RETENTION_MILLIS);
        return store;
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        OPENING.set(getMvStore());
        try {
            return new Database(databaseName, getMvStore(), getCursorRegistry());
        } finally {
            OPENING.remove();
        }
    }

    private static final class Database extends H2Database {

        private final MVStore store;

        Database(String name, MVStore store, CursorRegistry cursors) {
            super(name, store, cursors);
            this.store = store;
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String name, CollectionOptions options) {
            MVStore mvStore = store != null ? store : OPENING.get();
            String namespace = getFullCollectionNamespace(name);
            return new Collection(
                    this,
                    name,
                    options,
                    mvStore.openMap("databases." + namespace),
                    mvStore.openMap("meta." + namespace),
                    cursorRegistry);
        }
    }

    private static final class Collection extends H2Collection {

        Collection(
                MongoDatabase database,
                String name,
                CollectionOptions options,
                MVMap<Object, Document> data,
                MVMap<String, Object> meta,
                CursorRegistry cursors) {
            super(database, name, options, data, meta, cursors);
        }

        @Override
        protected QueryResult queryDocuments(
                Document query, Document orderBy, int skip, int limit, int batchSize, Document fieldSelector) {
            Object id = query.get("_id");
            if (query.size() > 1 && isPlainValue(id)) {
                Document byId = new Document("_id", id);
                for (Index<Object> index : getIndexes()) {
                    if (index.canHandle(byId)) {
                        return matchDocuments(
                                query, index.getPositions(byId), orderBy, skip, limit, batchSize, fieldSelector);
                    }
                }
            }
            return super.queryDocuments(query, orderBy, skip, limit, batchSize, fieldSelector);
        }

        /** A literal {@code _id}, not an operator document, a regular expression or an array. */
        private static boolean isPlainValue(Object id) {
            return id instanceof String || id instanceof UUID || id instanceof Number || id instanceof ObjectId;
        }
    }
}
