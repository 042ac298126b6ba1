package nl.wegwijs.support.store;

import com.mongodb.event.CommandEvent;
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
import java.util.function.Function;
import java.util.stream.Stream;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * Counts the store commands a MongoDB client sends (its command log), per database, command and collection,
 * handshakes and pings left out, with the time each took until its answer, and notes the commands that may scan:
 * aggregations, counts, and finds, updates and deletes whose filter does not name an {@code _id} at its top level.
 * For the tests and the benchmark that count store operations; a client takes it with {@code addCommandListener}.
 */
public final class StoreCommands implements CommandListener {

    private static final Set<String> NOT_OPERATIONS =
            Set.of("hello", "ismaster", "ping", "buildinfo", "endsessions", "saslstart", "saslcontinue");
    private static final Set<String> SCANS = Set.of("aggregate", "count", "distinct");

    /** Per database, per "command collection": how many were sent, and their time to answer. */
    private final Map<String, Map<String, LongAdder>> counts = new ConcurrentHashMap<>();

    private final Map<String, Map<String, LongAdder>> nanos = new ConcurrentHashMap<>();
    private final Map<Long, String> pending = new ConcurrentHashMap<>();
    private final Queue<String> scans = new ConcurrentLinkedQueue<>();

    @Override
    public void commandStarted(CommandStartedEvent event) {
        String name = event.getCommandName();
        if (NOT_OPERATIONS.contains(name.toLowerCase(Locale.ROOT))) {
            return;
        }
        BsonDocument command = event.getCommand();
        BsonValue collection = command.get("getMore".equals(name) ? "collection" : name);
        String target = name + " "
                + (collection != null && collection.isString()
                        ? collection.asString().getValue()
                        : "?");
        counts.computeIfAbsent(event.getDatabaseName(), database -> new ConcurrentHashMap<>())
                .computeIfAbsent(target, key -> new LongAdder())
                .increment();
        pending.put(key(event), target);
        if (SCANS.contains(name) || filters(name, command).anyMatch(filter -> !filter.containsKey("_id"))) {
            scans.add(target);
        }
    }

    /**
     * The filters of a command that finds or writes documents. A filter without an {@code _id} at its top level is
     * counted as a scan: on MongoDB it needs another index, and the embedded store looks at every document for it
     * unless one clause of a top-level {@code $and} names the id (docs/adr/0035).
     */
    private static Stream<BsonDocument> filters(String name, BsonDocument command) {
        return switch (name) {
            case "find" -> Stream.of(command.getDocument("filter", new BsonDocument()));
            case "findAndModify" -> Stream.of(command.getDocument("query", new BsonDocument()));
            case "update" -> statements(command, "updates");
            case "delete" -> statements(command, "deletes");
            default -> Stream.empty();
        };
    }

    /** The {@code q} of each statement; a bulk write the driver split into a command and its payload has them there. */
    private static Stream<BsonDocument> statements(BsonDocument command, String field) {
        return command.getArray(field, new BsonArray()).stream()
                .map(statement -> statement.asDocument().getDocument("q", new BsonDocument()));
    }

    @Override
    public void commandSucceeded(CommandSucceededEvent event) {
        took(event, event.getElapsedTime(TimeUnit.NANOSECONDS));
    }

    @Override
    public void commandFailed(CommandFailedEvent event) {
        took(event, event.getElapsedTime(TimeUnit.NANOSECONDS));
    }

    private void took(CommandEvent event, long elapsed) {
        String target = pending.remove(key(event));
        if (target != null && event.getDatabaseName() != null) {
            nanos.computeIfAbsent(event.getDatabaseName(), database -> new ConcurrentHashMap<>())
                    .computeIfAbsent(target, key -> new LongAdder())
                    .add(elapsed);
        }
    }

    /** The driver's request ids are unique within its process; a listener may serve more than one client. */
    private static long key(CommandEvent event) {
        return ((long) event.getConnectionDescription().getConnectionId().getLocalValue() << 32) ^ event.getRequestId();
    }

    /** Commands that may read documents other than those they name by {@code _id}: collection or index scans. */
    public List<String> scans() {
        return List.copyOf(scans);
    }

    public void reset() {
        counts.clear();
        nanos.clear();
        pending.clear();
        scans.clear();
    }

    public long total() {
        return counts.keySet().stream().mapToLong(this::of).sum();
    }

    public long of(String database) {
        return byCommand(database).values().stream().mapToLong(Long::longValue).sum();
    }

    /** The counts of one database, per command. */
    public Map<String, Long> byCommand(String database) {
        return sum(counts, database, StoreCommands::commandOf);
    }

    /** The counts of one database, per command and collection ("update referrals"). */
    public Map<String, Long> byCollection(String database) {
        return sum(counts, database, Function.identity());
    }

    /** The mean time from sending a command to its answer, in milliseconds, per command and collection. */
    public Map<String, Double> meanMillisByCollection(String database) {
        Map<String, Long> time = sum(nanos, database, Function.identity());
        Map<String, Double> means = new TreeMap<>();
        byCollection(database)
                .forEach(
                        (target, count) -> means.put(target, time.getOrDefault(target, 0L) / 1e6 / Math.max(1, count)));
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

    private static String commandOf(String target) {
        return target.substring(0, target.indexOf(' '));
    }

    private static Map<String, Long> sum(
            Map<String, Map<String, LongAdder>> sums, String database, Function<String, String> key) {
        Map<String, Long> summed = new TreeMap<>();
        sums.getOrDefault(database, Map.of())
                .forEach((target, sum) -> summed.merge(key.apply(target), sum.sum(), Long::sum));
        return summed;
    }
}
