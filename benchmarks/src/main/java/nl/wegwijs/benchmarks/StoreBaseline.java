package nl.wegwijs.benchmarks;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;

/**
 * The store's limit on this machine: acknowledged single-document inserts of a NewcomerProfiled-sized document, from
 * as many threads as the pipeline has busy consumers, into the same store the services use.
 */
final class StoreBaseline {

    static final int THREADS = 4;
    private static final int WARM_UP = 200;

    record Figures(long inserts, Duration elapsed) {
        double insertsPerSecond() {
            return inserts / (elapsed.toNanos() / 1e9);
        }
    }

    private StoreBaseline() {}

    static Figures run(String connectionString, int inserts) throws Exception {
        Document sample = Document.parse(Samples.newcomerProfiled());
        try (MongoClient client = MongoClients.create(connectionString)) {
            MongoCollection<Document> collection =
                    client.getDatabase("wegwijs-benchmarks").getCollection("store-baseline");
            insert(collection, sample, WARM_UP);
            long start = System.nanoTime();
            insert(collection, sample, inserts);
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            client.getDatabase("wegwijs-benchmarks").drop();
            return new Figures(inserts, elapsed);
        }
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
