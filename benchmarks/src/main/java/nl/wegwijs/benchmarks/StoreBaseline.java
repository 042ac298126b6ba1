package nl.wegwijs.benchmarks;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;
import nl.wegwijs.platform.mongo.EmbeddedMongo;
import org.bson.Document;
import org.springframework.util.FileSystemUtils;

/**
 * The store's limit on this machine: acknowledged single-document inserts of a NewcomerProfiled-sized document, from
 * as many threads as the pipeline has busy consumers, into the same store the services use.
 */
final class StoreBaseline {

    static final int THREADS = 4;
    private static final int WARM_UP = 200;

    record Figures(long inserts, Duration elapsed, long fileBytes) {
        double insertsPerSecond() {
            return inserts / (elapsed.toNanos() / 1e9);
        }
    }

    private StoreBaseline() {}

    static Figures run(String connectionString, int inserts) throws Exception {
        try (MongoClient client = MongoClients.create(connectionString)) {
            Figures figures = insert(client, inserts, () -> -1L);
            client.getDatabase("wegwijs-benchmarks").drop();
            return figures;
        }
    }

    /**
     * The same inserts into a fresh store of its own, with forced commits (as the platform runs it) or with H2's
     * background commits only, so the two runs side by side show what durability costs (ADR 10). The store's file is
     * deleted afterwards, so that the kernel does not write back the few hundred MiB the store without forced commits
     * leaves while the pipeline benchmarks that follow force their own writes.
     */
    static Figures runOnFreshStore(Path dir, boolean forcedCommits, int inserts) throws Exception {
        try (EmbeddedMongo store = forcedCommits
                        ? EmbeddedMongo.start(dir, "localhost", 0)
                        : EmbeddedMongo.startWithoutForcedCommits(dir, "localhost", 0);
                MongoClient client = MongoClients.create(store.connectionString())) {
            return insert(client, inserts, store::fileBytes);
        } finally {
            FileSystemUtils.deleteRecursively(dir);
        }
    }

    private static Figures insert(MongoClient client, int inserts, LongSupplier fileBytes) throws Exception {
        Document sample = Document.parse(Samples.newcomerProfiled());
        MongoCollection<Document> collection =
                client.getDatabase("wegwijs-benchmarks").getCollection("store-baseline");
        insert(collection, sample, WARM_UP);
        long start = System.nanoTime();
        insert(collection, sample, inserts);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        return new Figures(inserts, elapsed, fileBytes.getAsLong());
    }

    private static void insert(MongoCollection<Document> collection, Document sample, int inserts) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int share = inserts / THREADS + (t < inserts % THREADS ? 1 : 0);
                work.add(threads.submit(() -> {
                    for (int i = 0; i < share; i++) {
                        Document document = new Document(sample);
                        document.put("_id", UUID.randomUUID().toString());
                        collection.insertOne(document);
                    }
                }));
            }
            for (Future<?> done : work) {
                done.get();
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
