package nl.wegwijs.monitoring.sla;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One shard of what falls due at the start of one day ({@code _id} = ISO date, {@code #}, shard number), so a scan
 * reads due work by {@code _id} lookups only and no document grows with all that falls due on a busy day (ADR 6, 8).
 */
@Document(TimerStore.DUE_DAYS)
class DueDay {

    @Id
    private String id;

    private List<DueEntry> entries = new ArrayList<>();

    String id() {
        return id;
    }

    List<DueEntry> entries() {
        return List.copyOf(entries);
    }
}
