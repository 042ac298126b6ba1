package nl.wegwijs.monitoring;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.BsonDocument;
import org.bson.BsonString;

/**
 * Counts the store operations the driver sends (the MongoDB command log), by command name, and notes the commands
 * that may scan: aggregations, counts, and finds not by {@code _id}.
 */
public final class StoreCommands implements CommandListener {

    private static final Set<String> OPERATIONS =
            Set.of("find", "getMore", "insert", "update", "delete", "findAndModify", "aggregate", "count", "distinct");
    private static final Set<String> SCANS = Set.of("aggregate", "count", "distinct");

    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
    private final Queue<String> scans = new ConcurrentLinkedQueue<>();

    @Override
    public void commandStarted(CommandStartedEvent event) {
        String name = event.getCommandName();
        if (OPERATIONS.contains(name)) {
            counts.computeIfAbsent(name, key -> new AtomicLong()).incrementAndGet();
        }
        BsonDocument command = event.getCommand();
        boolean findNotById = "find".equals(name)
                && !command.getDocument("filter", new BsonDocument()).containsKey("_id");
        if (SCANS.contains(name) || findNotById) {
            scans.add(name + " " + command.getString(name, new BsonString("?")).getValue());
        }
    }

    /** Commands that may read documents other than those they name by {@code _id}: collection or index scans. */
    public List<String> scans() {
        return List.copyOf(scans);
    }

    public void reset() {
        counts.clear();
        scans.clear();
    }

    public long total() {
        return counts.values().stream().mapToLong(AtomicLong::get).sum();
    }

    @Override
    public String toString() {
        return counts.toString();
    }
}
