package nl.wegwijs.platform.mongo;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the store commands the services' clients send, per database and command; handshakes and pings left out. For
 * the operation-count test and the benchmark, which pass it to {@code WegwijsPlatform.start}.
 */
public final class StoreCommands implements CommandListener {

    private static final Set<String> NOT_OPERATIONS =
            Set.of("hello", "ismaster", "ping", "buildinfo", "endsessions", "saslstart", "saslcontinue");

    private final Map<String, Map<String, LongAdder>> counts = new ConcurrentHashMap<>();

    @Override
    public void commandStarted(CommandStartedEvent event) {
        String command = event.getCommandName().toLowerCase(java.util.Locale.ROOT);
        if (!NOT_OPERATIONS.contains(command)) {
            counts.computeIfAbsent(event.getDatabaseName(), db -> new ConcurrentHashMap<>())
                    .computeIfAbsent(command, c -> new LongAdder())
                    .increment();
        }
    }

    public void reset() {
        counts.clear();
    }

    public long total() {
        return counts.values().stream()
                .flatMap(commands -> commands.values().stream())
                .mapToLong(LongAdder::sum)
                .sum();
    }

    public long of(String database) {
        return byCommand(database).values().stream().mapToLong(Long::longValue).sum();
    }

    public Map<String, Long> byCommand(String database) {
        Map<String, Long> commands = new TreeMap<>();
        counts.getOrDefault(database, Map.of()).forEach((command, count) -> commands.put(command, count.sum()));
        return commands;
    }
}
