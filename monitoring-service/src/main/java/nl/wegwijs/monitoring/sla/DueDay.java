package nl.wegwijs.monitoring.sla;

import java.util.List;
import java.util.Objects;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One shard of what falls due at the start of one day ({@code _id} = ISO date, {@code #}, shard number), so a scan
 * reads due work by {@code _id} lookups only and no document grows with all that falls due on a busy day (ADR 6, 8).
 * Read with the driver: its entries are strings, or sub-documents in buckets written before ADR 38.
 */
record DueDay(String id, List<DueEntry> entries) {

    private static final Logger log = LoggerFactory.getLogger(DueDay.class);

    /**
     * The shard's entries, each once: during the change to strings a shard may hold one entry in both forms, and a
     * scan that met it twice would count its claim as made before. An entry that is neither form is left where it is
     * and reported, rather than stopping every scan at its day.
     */
    static DueDay of(Document stored) {
        String id = stored.getString("_id");
        return new DueDay(
                id,
                stored.getList("entries", Object.class, List.of()).stream()
                        .map(entry -> readable(id, entry))
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList());
    }

    private static DueEntry readable(String bucket, Object entry) {
        try {
            return DueEntry.read(entry);
        } catch (IllegalArgumentException unreadable) {
            log.error("Bucket {} holds an entry that is no timer level, left in place: {}", bucket, entry);
            return null;
        }
    }
}
