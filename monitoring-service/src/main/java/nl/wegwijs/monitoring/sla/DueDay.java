package nl.wegwijs.monitoring.sla;

import java.util.List;
import org.bson.Document;

/**
 * One shard of what falls due at the start of one day ({@code _id} = ISO date, {@code #}, shard number), so a scan
 * reads due work by {@code _id} lookups only and no document grows with all that falls due on a busy day (ADR 6, 8).
 * Read with the driver: its entries are strings, or sub-documents in buckets written before ADR 38.
 */
record DueDay(String id, List<DueEntry> entries) {

    static DueDay of(Document stored) {
        return new DueDay(
                stored.getString("_id"),
                stored.getList("entries", Object.class, List.of()).stream()
                        .map(DueEntry::read)
                        .toList());
    }
}
