package nl.wegwijs.monitoring.sla;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Everything that falls due at the start of one day ({@code _id} = ISO date), so a scan reads due work by
 * {@code _id} lookups only: see ADR-DRAFT-sla-scan.md.
 */
@Document(TimerStore.DUE_DAYS)
class DueDay {

    @Id
    private String day;

    private List<DueEntry> entries = new ArrayList<>();

    List<DueEntry> entries() {
        return List.copyOf(entries);
    }
}
