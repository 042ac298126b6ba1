package nl.wegwijs.platform.mongo;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.util.List;
import java.util.Map.Entry;
import java.util.UUID;
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
        return keys.get(keyValue);
    }

    @Override
    protected Object removeDocument(KeyValue keyValue) {
        return keys.remove(keyValue);
    }

    @Override
    protected boolean putKeyPosition(KeyValue keyValue, Object position) {
        return keys.putIfAbsent(keyValue, Missing.ofNullable(position)) == null;
    }

    @Override
    protected Iterable<Entry<KeyValue, Object>> getIterable() {
        return keys.entrySet();
    }

    @Override
    public long getCount() {
        return keys.sizeAsLong();
    }

    @Override
    public boolean isEmpty() {
        return keys.isEmpty();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }
}
