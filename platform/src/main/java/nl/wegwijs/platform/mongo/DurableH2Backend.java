package nl.wegwijs.platform.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DefaultQueryMatcher;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.QueryMatcher;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import io.netty.channel.Channel;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend, made durable, isolated and cheaper per document.
 *
 * <p>A write is answered only once it is durable (ADR 10). Out of the box H2 commits in the background about once a
 * second and never forces the file to disk, so a crash lost writes that had been acknowledged while the Kafka records
 * and offsets that followed them survived. Here every write command commits and syncs before its reply is sent;
 * concurrent writers share one sync ({@link GroupCommit}).
 *
 * <p>A reply never shares a stored document. The backend runs a collection's commands one at a time, but it answered
 * with the stored documents themselves and encoded them after that, while the next write changed them in place: two
 * parallel intakes drew one case number, and a read could mix two writes. Here what a query matches is copied first.
 *
 * <p>A query naming one {@code _id} next to other conditions, or in a clause of a top-level {@code $and} (the driver's
 * {@code Filters.and}), reads that one document instead of the whole collection.
 *
 * <p>Out of the box an index serves a query only when the query has exactly the index's keys, so {@code {_id: x,
 * version: 3}} (every optimistic-locking save of Spring Data) and {@code {_id: x, generation: {$lt: 5}}} (every
 * conditional upsert) scan the collection: each such write cost grew with the collection (ADR 8). Here the named
 * ids (one, or those of an {@code $in}) pick the candidates and the full query is then matched against them, so the
 * result is the same. A string, UUID or ObjectId id is read straight from the data map, which is keyed by it: the
 * {@code _id} index compares its keys by serializing both (ADR 31), and an update finds its document's position the
 * same way ({@link IdIndex}).
 *
 * <p>Documents are kept as BSON, not as serialized Java objects ({@link BsonDocuments}, ADR 34).
 */
final class DurableH2Backend extends H2Backend {

    /** The store a database opens its collections in, while its constructor (which opens them) runs. */
    private static final ThreadLocal<MVStore> OPENING = new ThreadLocal<>();

    private static final String ID = "_id";

    /** A query that every document matches. */
    private static final Document EVERYTHING = new Document();

    /**
     * The leading {@code $match} of the aggregation this thread is running, with the collection it reads: the
     * collection applies it while it reads, before it copies ({@link DurableCollection#queryAllAsStream}).
     */
    private static final ThreadLocal<LeadingMatch> LEADING_MATCH = new ThreadLocal<>();

    /** An aggregation's first stage, when it is a {@code $match}, and the collection the aggregation reads. */
    private record LeadingMatch(String collection, Document query) {

        static LeadingMatch of(String databaseName, Document command) {
            if (command.get("aggregate") instanceof String collection
                    && command.get("pipeline") instanceof List<?> stages
                    && !stages.isEmpty()
                    && stages.get(0) instanceof Document first
                    && first.size() == 1
                    && first.get("$match") instanceof Document query) {
                return new LeadingMatch(databaseName + "." + collection, query);
            }
            return null;
        }
    }

    /**
     * How long H2 keeps chunks that newer writes made obsolete. A read walks a snapshot; if writes free its chunks
     * before it ends, it fails with "Chunk ... not found". H2's 45 s default is shorter than the longest read here (the
     * gauge count over a million timers in the full benchmark took 81 s). Space is reused only after this time, so
     * with a commit per write the file holds this long's worth of writes beside the live data (ADR 10).
     */
    static final int RETENTION_MILLIS = 3 * 60 * 1000;

    /** At most this long is spent at start compacting the file, so it shrinks back towards the live data. */
    static final int OPEN_COMPACTION_MILLIS = 10_000;

    /** The commands that change data; every other command only reads. */
    private static final Set<String> WRITES = Set.of(
            "insert",
            "update",
            "delete",
            "findandmodify",
            "createindexes",
            "create",
            "drop",
            "dropindexes",
            "dropdatabase",
            "renamecollection");

    /**
     * Write commands hold it shared while they run, a commit holds it alone: a commit never takes half of a command
     * (a document without its index entry, say), which a crash right after would leave behind. Fair, so a commit
     * waiting for the running commands is not starved by new ones.
     */
    private final ReentrantReadWriteLock commandsAndCommits = new ReentrantReadWriteLock(true);

    /** Every command holds it shared, a scrub ({@link StoreScrub}) alone: no read walks a chunk being zeroed. */
    private final ReentrantReadWriteLock commandsAndScrubs = new ReentrantReadWriteLock();

    private final GroupCommit commits;
    private final AtomicLong scrubsStarted = new AtomicLong();
    private volatile long scrubsFinished;

    /** @param forceCommits false only for the benchmark that measures what forcing costs */
    DurableH2Backend(String fileName, boolean forceCommits) {
        super(open(fileName, forceCommits));
        commits = forceCommits ? new GroupCommit(getMvStore(), commandsAndCommits.writeLock()) : null;
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        if (command.equalsIgnoreCase("compact")) {
            return scrub();
        }
        commandsAndScrubs.readLock().lock();
        try {
            if (command.equalsIgnoreCase("aggregate")) {
                LEADING_MATCH.set(LeadingMatch.of(databaseName, query));
            }
            return handleUnscrubbed(channel, databaseName, command, query);
        } finally {
            LEADING_MATCH.remove();
            commandsAndScrubs.readLock().unlock();
        }
    }

    private Document handleUnscrubbed(Channel channel, String databaseName, String command, Document query) {
        if (commits == null || !WRITES.contains(command.toLowerCase(Locale.ROOT))) {
            return super.handleCommand(channel, databaseName, command, query);
        }
        try {
            commandsAndCommits.readLock().lock();
            try {
                return super.handleCommand(channel, databaseName, command, query);
            } finally {
                commandsAndCommits.readLock().unlock();
            }
        } finally {
            // Also after a failure: a command may have changed some documents before it failed.
            commits.awaitDurable();
        }
    }

    /**
     * One scrub for the whole store, whichever collection a {@code compact} names: requests that wait while one
     * runs share the next, as {@link GroupCommit} does for syncs (an erasure asks for up to four).
     */
    private Document scrub() {
        long before = scrubsStarted.get();
        commandsAndScrubs.writeLock().lock();
        try {
            if (scrubsFinished > before) {
                return new Document("ok", 1.0).append("shared", true);
            }
            long mine = scrubsStarted.incrementAndGet();
            Document answer = StoreScrub.run(getMvStore(), commandsAndCommits.writeLock(), RETENTION_MILLIS);
            scrubsFinished = mine;
            return answer;
        } finally {
            commandsAndScrubs.writeLock().unlock();
        }
    }

    /**
     * With forced commits H2's own commits are off: the timed one in the background, and the one a writing thread
     * makes when the unsaved changes pass a few megabytes. Either would commit whatever the running commands had half
     * done, at any moment.
     */
    private static MVStore open(String fileName, boolean forceCommits) {
        ScrubbingFileStore file = new ScrubbingFileStore();
        file.open(OwnerOnly.file(Path.of(fileName)).toString(), false, null);
        MVStore.Builder builder = new MVStore.Builder().adoptFileStore(file);
        MVStore store = (forceCommits ? builder.autoCommitDisabled().autoCommitBufferSize(0) : builder).open();
        store.compactFile(OPEN_COMPACTION_MILLIS);
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
            String namespace = getFullCollectionNamespace(name);
            return new DurableCollection(
                    this, name, options, documents(name), store().openMap("meta." + namespace), cursorRegistry);
        }

        /** The {@code _id} index as {@link IdIndex}, in the map the H2 backend names it by; other indexes as before. */
        @Override
        protected Index<Object> openOrCreateUniqueIndex(
                String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
            if (!IdIndex.isIdIndex(keys, sparse)) {
                return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
            }
            MVMap<KeyValue, Object> index =
                    store().openMap(getFullCollectionNamespace(collectionName) + "._index_" + indexName);
            return new IdIndex(indexName, keys, index, documents(collectionName));
        }

        /**
         * The collection's data map, its documents stored as BSON ({@link BsonDocuments}). H2 hands every caller the
         * one instance open under a name, with the types of its first opening, and every collection is opened here
         * when the store starts, before anything else reads it.
         */
        private MVMap<Object, Document> documents(String collectionName) {
            return store().openMap(
                            "databases." + getFullCollectionNamespace(collectionName),
                            new MVMap.Builder<Object, Document>().valueType(new BsonDocuments()));
        }

        private MVStore store() {
            return store != null ? store : OPENING.get();
        }
    }

    private static final class DurableCollection extends H2Collection {

        DurableCollection(
                MongoDatabase database,
                String name,
                CollectionOptions options,
                MVMap<Object, Document> data,
                MVMap<String, Object> meta,
                CursorRegistry cursors) {
            super(database, name, options, data, meta, cursors);
        }

        /**
         * What a query matched is copied while the collection's lock is held: the backend would otherwise answer with
         * the stored documents themselves, which it encodes after the lock is released, and an update would change
         * them in place, so a reply could mix two writes. A copy of the top level is enough (ADR 34): an update builds
         * its new values on a deep copy and puts them into the top level of what it matched, which is this copy, and
         * the copy then replaces the stored document. So a stored document, and every value in it, never changes. The
         * query is matched here, before the copy, and not again.
         */
        @Override
        protected QueryResult matchDocumentsFromStream(
                Stream<Document> documents,
                Document query,
                Document orderBy,
                int skip,
                int limit,
                int batchSize,
                Document fieldSelector) {
            Stream<Document> matched = documents.filter(document -> documentMatchesQuery(document, query));
            return super.matchDocumentsFromStream(
                    matched.map(Document::clone), EVERYTHING, orderBy, skip, limit, batchSize, fieldSelector);
        }

        /**
         * No running total of the documents' encoded size, which only {@code collStats} reports and nothing here
         * reads: keeping it encoded each document written, and the old one again on an update (ADR 34).
         */
        @Override
        protected boolean tracksDataSize() {
            return false;
        }

        /**
         * What {@code $lookup}, {@code $graphLookup} and {@code $merge} read from this collection: copied whole, because
         * some stages change the nested documents of what they are handed.
         */
        @Override
        public Stream<Document> handleQueryAsStream(Document query) {
            return super.handleQueryAsStream(query).map(Document::cloneDeeply);
        }

        /**
         * What an aggregation reads: the collection's documents one at a time, each copied under the collection's
         * lock as it is read. Out of the box it read them as a query for everything, which copied the whole
         * collection into one list, under the lock, before the first stage ran: the gauge count over a million
         * timers held them all at once (the benchmark ran out of heap) and blocked every write to the collection
         * meanwhile (ADR 31). Each document is still read whole, as one write left it; a document written while the
         * aggregation runs may be read before or after that write, as on MongoDB.
         *
         * <p>Where the aggregation starts with a {@code $match}, only what it matches is copied, and a match on one
         * {@code _id} reads that document alone: the driver counts, and Spring Data answers {@code exists}, with an
         * aggregation, which otherwise copied the whole collection deeply each time (ADR 35). A stored document never
         * changes (ADR 34), so matching it before the copy reads what the copy would hold. The {@code $match} stage
         * still runs, on what is left.
         */
        @Override
        public Stream<Document> queryAllAsStream() {
            LeadingMatch match = LEADING_MATCH.get();
            if (match == null || !match.collection().equals(getFullName())) {
                return storedDocuments().map(this::copyOf);
            }
            LEADING_MATCH.remove(); // the aggregation's own read; a later stage reading this collection is not matched
            QueryMatcher matcher = new DefaultQueryMatcher(); // it keeps state while it matches: one per read
            List<Object> ids = namedIds(match.query());
            Stream<Document> candidates = ID.equals(getIdField()) && ids.size() == 1 && IdIndex.isStoredAsIs(ids.get(0))
                    ? Stream.ofNullable(getDocument(ids.get(0)))
                    : storedDocuments();
            return candidates
                    .filter(document -> matcher.matches(document, match.query()))
                    .map(this::copyOf);
        }

        private Stream<Document> storedDocuments() {
            return streamAllDocumentsWithPosition().map(DocumentWithPosition::getDocument);
        }

        private Document copyOf(Document stored) {
            synchronized (this) {
                return stored.cloneDeeply();
            }
        }

        @Override
        protected QueryResult queryDocuments(
                Document query, Document orderBy, int skip, int limit, int batchSize, Document fieldSelector) {
            List<Object> ids = namedIds(query);
            boolean idsAlone = query.size() == 1 && query.containsKey(ID);
            if (!ids.isEmpty() && ID.equals(getIdField()) && ids.stream().allMatch(IdIndex::isStoredAsIs)) {
                // The data map is keyed by the _id itself: read it there, not through the _id index, whose keys H2
                // compares by serializing both (ADR 31).
                Stream<Document> named = ids.stream().map(this::getDocument).filter(Objects::nonNull);
                // What was read by the ids alone matches a query on nothing else: matching an $in of n ids against
                // each of the n documents cost n² comparisons (ADR 34).
                Document rest = idsAlone ? EVERYTHING : query;
                return matchDocumentsFromStream(named, rest, orderBy, skip, limit, batchSize, fieldSelector);
            }
            if (!idsAlone && !ids.isEmpty()) {
                for (Index<Object> index : getIndexes()) {
                    if (index.canHandle(new Document("_id", ids.get(0)))) {
                        Set<Object> positions = new LinkedHashSet<>();
                        for (Object id : ids) {
                            index.getPositions(new Document("_id", id)).forEach(positions::add);
                        }
                        return matchDocuments(query, positions, orderBy, skip, limit, batchSize, fieldSelector);
                    }
                }
            }
            return super.queryDocuments(query, orderBy, skip, limit, batchSize, fieldSelector);
        }

        /**
         * The ids a query names, at its top or in one clause of a top-level {@code $and}, as the driver's {@code
         * Filters.and} writes every query (ADR 35): a document the query matches has one of them.
         */
        private static List<Object> namedIds(Document query) {
            List<Object> ids = idsOf(query.get(ID));
            if (ids.isEmpty() && query.get("$and") instanceof List<?> clauses) {
                for (Object clause : clauses) {
                    if (clause instanceof Document condition && !(ids = idsOf(condition.get(ID))).isEmpty()) {
                        return ids;
                    }
                }
            }
            return ids;
        }

        /** The ids a condition on {@code _id} names: one literal, or the literals of an {@code $in}; else none. */
        private static List<Object> idsOf(Object condition) {
            if (isPlainValue(condition)) {
                return List.of(condition);
            }
            if (condition instanceof Document operator
                    && operator.size() == 1
                    && operator.get("$in") instanceof Collection<?> values
                    && values.stream().allMatch(DurableCollection::isPlainValue)) {
                return values.stream().distinct().map(Object.class::cast).toList();
            }
            return List.of();
        }

        /** A literal {@code _id}, not an operator document, a regular expression or an array. */
        private static boolean isPlainValue(Object id) {
            return id instanceof String || id instanceof UUID || id instanceof Number || id instanceof ObjectId;
        }
    }
}
