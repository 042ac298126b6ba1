package nl.wegwijs.platform.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Updates;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acknowledged means durable: the store runs in a process of its own, four clients insert and update as fast as they
 * can, the process is killed with SIGKILL mid-stream, and every write that had been acknowledged is there when the
 * store's file is opened again.
 */
class AcknowledgedWritesSurviveKillTest {

    private static final int WRITERS = 4;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedWriteSurvivesAKill() throws Exception {
        Process store = startStore();
        Set<String> inserted = ConcurrentHashMap.newKeySet();
        Map<String, Integer> acknowledgedCounters = new ConcurrentHashMap<>();
        AtomicInteger acknowledged = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try (MongoClient client = MongoClients.create(address(store) + "/?serverSelectionTimeoutMS=2000")) {
            MongoCollection<Document> docs = client.getDatabase("crash").getCollection("docs");
            MongoCollection<Document> counters = client.getDatabase("crash").getCollection("counters");
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.submit(() -> {
                    for (int i = 0; ; i++) {
                        String id = writer + "-" + i;
                        try {
                            docs.insertOne(new Document("_id", id).append("payload", "x".repeat(500)));
                            inserted.add(id);
                            Document counter = counters.findOneAndUpdate(
                                    Filters.eq("_id", "c" + writer),
                                    Updates.inc("n", 1),
                                    new FindOneAndUpdateOptions()
                                            .upsert(true)
                                            .returnDocument(com.mongodb.client.model.ReturnDocument.AFTER));
                            acknowledgedCounters.merge("c" + writer, counter.getInteger("n"), Math::max);
                            acknowledged.incrementAndGet();
                        } catch (RuntimeException killed) {
                            return;
                        }
                    }
                });
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.get() >= 300);
            store.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            writers.shutdown();
            assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            store.destroyForcibly();
        }

        try (EmbeddedMongo reopened = EmbeddedMongo.start(dir, "localhost", 0);
                MongoClient client = MongoClients.create(reopened.connectionString())) {
            Set<String> stored = new HashSet<>();
            client.getDatabase("crash").getCollection("docs").find().forEach(d -> stored.add(d.getString("_id")));
            assertThat(stored).as("acknowledged inserts after the kill").containsAll(inserted);
            // No commit took half an insert: every document the file holds is found through the _id index too.
            MongoCollection<Document> docs = client.getDatabase("crash").getCollection("docs");
            assertThat(stored.stream()
                            .filter(id -> docs.find(Filters.eq("_id", id)).first() == null))
                    .as("documents the _id index does not know")
                    .isEmpty();
            Map<String, Integer> storedCounters = new HashMap<>();
            for (Document counter :
                    client.getDatabase("crash").getCollection("counters").find()) {
                storedCounters.put(counter.getString("_id"), counter.getInteger("n"));
            }
            acknowledgedCounters.forEach((id, n) -> assertThat(storedCounters.getOrDefault(id, 0))
                    .as("counter %s, acknowledged at %d", id, n)
                    .isGreaterThanOrEqualTo(n));
        }
        assertThat(inserted).hasSizeGreaterThanOrEqualTo(300);
    }

    private Process startStore() throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                StoreProcess.class.getName(),
                dir.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static String address(Process store) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(store.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("READY ")) {
                Thread drain = new Thread(() -> out.lines().forEach(ignored -> {}));
                drain.setDaemon(true);
                drain.start();
                return line.substring("READY ".length());
            }
        }
        throw new IllegalStateException("The store process ended before it was ready");
    }
}
