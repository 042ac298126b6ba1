package nl.wegwijs.platform.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.UUID;
import java.util.stream.Stream;
import org.h2.mvstore.MVMap;

/**
 * A collection's {@code _id} index, stored as mongo-java-server's H2 backend stores it (the same map, the same keys),
 * that finds a stored document's position without a lookup in that map.
 *
 * <p>Every update asks each index where the document it changes sits. The index's keys ({@code KeyValue}) are not
 * {@code Comparable}, so H2 compares two of them by Java-serializing both, several times per lookup: in a probe of a
 * thousand claims on ten thousand timers that was most of the store's time (ADR 34). The H2 backend stores each
 * document under its {@code _id} itself, so for a string, UUID or ObjectId id (the data map's own key types) the
 * position is the id, and the data map says whether it is there.
 *
 * <p>For those ids the index keeps nothing of its own either (ADR 36): the data map is keyed by them, so it already
 * is their index, and every insert into the index's map compared keys by serializing them and wrote the map's pages
 * again, serialized, at each commit. Other ids (numbers, documents) are kept in the index's map as before. A store
 * written before keeps its old entries for the ids the data map holds; they are not read. The index is never built
 * again from the documents, since it counts as empty only with the data map: a collection renamed (which this
 * project never does) keeps its index map under the old name, and its number and document ids lose their entries.
 */
final class IdIndex extends AbstractUniqueIndex<Object> {

    private static final String ID = "_id";

    private final MVMap<KeyValue, Object> keys;
    private final MVMap<Object, ?> documents;

    IdIndex(String name, List<IndexKey> keys, MVMap<KeyValue, Object> index, MVMap<Object, ?> documents) {
        super(name, keys, false);
        this.keys = index;
        this.documents = documents;
    }

    static boolean isIdIndex(List<IndexKey> keys, boolean sparse) {
        return !sparse && keys.size() == 1 && keys.get(0).getKey().equals(ID);
    }

    /**
     * Where a stored document sits. Only the update path asks this, for the document it read; a duplicate check asks
     * {@link #getPosition(KeyValue)}, which reads the index as before.
     */
    @Override
    public Object getPosition(Document document) {
        Object id = document.get(ID);
        if (isStoredAsIs(id)) {
            return documents.containsKey(id) ? id : null;
        }
        return super.getPosition(document);
    }

    /** Held under exactly this value by the data map; a number is not (the index matches 1 and 1.0 alike). */
    static boolean isStoredAsIs(Object id) {
        return id instanceof String || id instanceof UUID || id instanceof ObjectId;
    }

    @Override
    protected Object getPosition(KeyValue keyValue) {
        Object id = storedAsIs(keyValue);
        if (id != null) {
            return documents.containsKey(id) ? id : null;
        }
        return keys.get(keyValue);
    }

    /** The document goes from the data map next; an entry a store written before holds for it goes now. */
    @Override
    protected Object removeDocument(KeyValue keyValue) {
        Object id = storedAsIs(keyValue);
        if (id != null) {
            keys.remove(keyValue);
            return documents.containsKey(id) ? id : null;
        }
        return keys.remove(keyValue);
    }

    /**
     * A new id the data map holds needs no entry. The collection checked that it was free before it put the document
     * there, which is now; checking again, as the index would, would find the document itself.
     */
    @Override
    public synchronized void add(Document document, Object position, MongoCollection<Object> collection) {
        if (!isStoredAsIs(document.get(ID))) {
            super.add(document, position, collection);
        }
    }

    @Override
    protected boolean putKeyPosition(KeyValue keyValue, Object position) {
        return keys.putIfAbsent(keyValue, Missing.ofNullable(position)) == null;
    }

    /** Every id: those the data map holds, then the others from the index's own map. */
    @Override
    protected Iterable<Entry<KeyValue, Object>> getIterable() {
        return () -> Stream.concat(
                        documents.keySet().stream()
                                .filter(IdIndex::isStoredAsIs)
                                .map(id -> Map.entry(new KeyValue(id), id)),
                        keys.entrySet().stream().filter(entry -> storedAsIs(entry.getKey()) == null))
                .iterator();
    }

    @Override
    public long getCount() {
        return documents.sizeAsLong();
    }

    @Override
    public boolean isEmpty() {
        return documents.isEmpty();
    }

    /** The id a key names, if the data map holds documents under it as it is; else null. */
    private static Object storedAsIs(KeyValue keyValue) {
        return keyValue.size() == 1 && isStoredAsIs(keyValue.get(0)) ? keyValue.get(0) : null;
    }

    @Override
    public long getDataSize() {
        return getCount();
    }
}
