package nl.wegwijs.monitoring;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Counts the store operations the driver sends (the MongoDB command log), by command name. */
public final class StoreCommands implements CommandListener {

    private static final Set<String> OPERATIONS =
            Set.of("find", "getMore", "insert", "update", "delete", "findAndModify", "aggregate", "count", "distinct");

    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();

    @Override
    public void commandStarted(CommandStartedEvent event) {
        if (OPERATIONS.contains(event.getCommandName())) {
            counts.computeIfAbsent(event.getCommandName(), name -> new AtomicLong())
                    .incrementAndGet();
        }
    }

    public void reset() {
        counts.clear();
    }

    public long total() {
        return counts.values().stream().mapToLong(AtomicLong::get).sum();
    }

    public long of(String command) {
        AtomicLong count = counts.get(command);
        return count == null ? 0 : count.get();
    }

    @Override
    public String toString() {
        return counts.toString();
    }
}
