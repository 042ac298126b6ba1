package nl.wegwijs.support.store;

import com.mongodb.event.CommandFailedEvent;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.bson.BsonDocument;
import org.bson.BsonString;

/**
 * Counts the store commands a MongoDB client sends (its command log), per database and command, handshakes and pings
 * left out, with the time each took until its answer, and notes the commands that may scan: aggregations, counts,
 * and finds not by {@code _id}. For the tests and the benchmark that count store operations; a client takes it with
 * {@code addCommandListener}.
 */
public final class StoreCommands implements CommandListener {

    private static final Set<String> NOT_OPERATIONS =
            Set.of("hello", "ismaster", "ping", "buildinfo", "endsessions", "saslstart", "saslcontinue");
    private static final Set<String> SCANS = Set.of("aggregate", "count", "distinct");

    private final Map<String, Map<String, LongAdder>> counts = new ConcurrentHashMap<>();
    private final Map<String, Map<String, LongAdder>> nanos = new ConcurrentHashMap<>();
    private final Queue<String> scans = new ConcurrentLinkedQueue<>();

    @Override
    public void commandStarted(CommandStartedEvent event) {
        String name = event.getCommandName();
        if (NOT_OPERATIONS.contains(name.toLowerCase(Locale.ROOT))) {
            return;
        }
        counts.computeIfAbsent(event.getDatabaseName(), database -> new ConcurrentHashMap<>())
                .computeIfAbsent(name, command -> new LongAdder())
                .increment();
        BsonDocument command = event.getCommand();
        boolean findNotById = "find".equals(name)
                && !command.getDocument("filter", new BsonDocument()).containsKey("_id");
        if (SCANS.contains(name) || findNotById) {
            scans.add(name + " " + command.getString(name, new BsonString("?")).getValue());
        }
    }

    @Override
    public void commandSucceeded(CommandSucceededEvent event) {
        took(event.getDatabaseName(), event.getCommandName(), event.getElapsedTime(TimeUnit.NANOSECONDS));
    }

    @Override
    public void commandFailed(CommandFailedEvent event) {
        took(event.getDatabaseName(), event.getCommandName(), event.getElapsedTime(TimeUnit.NANOSECONDS));
    }

    private void took(String database, String name, long elapsed) {
        if (database == null || NOT_OPERATIONS.contains(name.toLowerCase(Locale.ROOT))) {
            return;
        }
        nanos.computeIfAbsent(database, key -> new ConcurrentHashMap<>())
                .computeIfAbsent(name, command -> new LongAdder())
                .add(elapsed);
    }

    /** Commands that may read documents other than those they name by {@code _id}: collection or index scans. */
    public List<String> scans() {
        return List.copyOf(scans);
    }

    public void reset() {
        counts.clear();
        nanos.clear();
        scans.clear();
    }

    public long total() {
        return counts.keySet().stream().mapToLong(this::of).sum();
    }

    public long of(String database) {
        return byCommand(database).values().stream().mapToLong(Long::longValue).sum();
    }

    public Map<String, Long> byCommand(String database) {
        Map<String, Long> commands = new TreeMap<>();
        counts.getOrDefault(database, Map.of()).forEach((command, count) -> commands.put(command, count.sum()));
        return commands;
    }

    /** The mean time from sending a command to its answer, in milliseconds, per command, for one database. */
    public Map<String, Double> meanMillisByCommand(String database) {
        Map<String, Double> means = new TreeMap<>();
        byCommand(database)
                .forEach((command, count) -> means.put(
                        command,
                        nanos.getOrDefault(database, Map.of())
                                        .getOrDefault(command, new LongAdder())
                                        .sum()
                                / 1e6
                                / Math.max(1, count)));
        return means;
    }

    /** The databases commands went to. */
    public Set<String> databases() {
        return Set.copyOf(counts.keySet());
    }

    /** The counts by command, over every database. */
    @Override
    public String toString() {
        Map<String, Long> commands = new TreeMap<>();
        counts.keySet()
                .forEach(database ->
                        byCommand(database).forEach((command, count) -> commands.merge(command, count, Long::sum)));
        return commands.toString();
    }
}
