package nl.wegwijs.platform.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.regex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.CountOptions;
import com.mongodb.client.model.Field;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.bson.Document;
import org.bson.UuidRepresentation;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Queries that name an {@code _id} beside other conditions answer exactly as the plain backend would: reads, writes,
 * upserts, also after the store is reopened. (That they read one document instead of all is what the benchmarks
 * show; a result cannot.)
 */
class DurableH2BackendTest {

    @TempDir
    Path dir;

    private EmbeddedMongo mongo;
    private MongoClient client;
    private MongoCollection<Document> referrals;

    @BeforeEach
    void start() {
        mongo = EmbeddedMongo.start(dir, "localhost", 0);
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(mongo.connectionString()))
                .uuidRepresentation(UuidRepresentation.STANDARD)
                .build());
        referrals = client.getDatabase("test").getCollection("referrals");
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            documents.add(new Document("_id", "r" + i).append("version", 1).append("status", "REQUESTED"));
        }
        referrals.insertMany(documents);
    }

    @AfterEach
    void stop() {
        client.close();
        mongo.close();
    }

    @Test
    void findAndCountMatchTheWholeQueryNotJustTheId() {
        assertThat(referrals.find(and(eq("_id", "r7"), eq("version", 1))).first())
                .containsEntry("_id", "r7");
        assertThat(referrals.find(and(eq("_id", "r7"), eq("version", 2))).first())
                .isNull();
        assertThat(referrals.find(and(eq("_id", "missing"), eq("version", 1))).first())
                .isNull();
        assertThat(referrals.countDocuments(and(eq("_id", "r7"), eq("status", "REQUESTED"))))
                .isEqualTo(1);
        assertThat(referrals.countDocuments(and(eq("_id", "r7"), eq("status", "RECEIVED"))))
                .isZero();
    }

    @Test
    void anIdNamedInAnyClauseOfAnAndPicksTheCandidatesAndTheWholeQueryDecides() {
        Document and = new Document(
                "$and",
                List.of(new Document("version", 1), new Document("_id", "r7"), new Document("status", "REQUESTED")));
        assertThat(referrals.find(and).first()).containsEntry("_id", "r7");
        assertThat(referrals
                        .find(new Document("$and", List.of(new Document("_id", "r7"), new Document("_id", "r8"))))
                        .first())
                .isNull();
        assertThat(referrals
                        .find(new Document(
                                "$and",
                                List.of(
                                        new Document("_id", new Document("$in", List.of("r7", "r8"))),
                                        new Document("_id", "r8"))))
                        .first())
                .containsEntry("_id", "r8");

        assertThat(referrals
                        .updateOne(and(eq("_id", "r7"), eq("version", 2)), Updates.set("status", "RECEIVED"))
                        .getMatchedCount())
                .isZero();
        assertThat(referrals
                        .updateOne(and(eq("_id", "r7"), eq("version", 1)), Updates.inc("version", 1))
                        .getModifiedCount())
                .isEqualTo(1);
        assertThat(referrals.findOneAndUpdate(
                        and(eq("_id", "r7"), eq("version", 2)),
                        Updates.set("status", "RECEIVED"),
                        new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)))
                .containsEntry("status", "RECEIVED");
        assertThat(referrals.countDocuments(and(eq("_id", "r7"), eq("status", "RECEIVED"))))
                .isEqualTo(1);

        MongoCollection<Document> numbered = client.getDatabase("test").getCollection("numbered");
        numbered.insertOne(new Document("_id", 7).append("n", 1));
        assertThat(numbered.find(and(eq("_id", 7.0), eq("n", 1))).first())
                .as("a numeric id, found through the index")
                .containsEntry("n", 1);
        assertThat(numbered.find(and(eq("_id", 7.0), eq("n", 2))).first()).isNull();
    }

    @Test
    void anInOnTheIdBesideOtherConditionsMatchesTheWholeQuery() {
        referrals.updateOne(eq("_id", "r4"), Updates.set("status", "RECEIVED"));

        List<String> found = new ArrayList<>();
        referrals
                .find(and(in("_id", "r3", "r4", "r5", "missing", "r3"), eq("status", "REQUESTED")))
                .forEach(document -> found.add(document.getString("_id")));

        assertThat(found).containsExactlyInAnyOrder("r3", "r5");
        assertThat(referrals.countDocuments(and(in("_id", "r4"), eq("status", "RECEIVED"))))
                .isEqualTo(1);
        assertThat(referrals.countDocuments(and(in("_id", List.of()), eq("status", "RECEIVED"))))
                .isZero();
    }

    @Test
    void idsOfEveryKindAreFoundWhetherReadFromTheDataMapOrThroughTheIndex() {
        MongoCollection<Document> mixed = client.getDatabase("test").getCollection("mixed");
        UUID uuid = UUID.randomUUID();
        ObjectId objectId = new ObjectId();
        mixed.insertMany(List.of(
                new Document("_id", uuid).append("n", 1),
                new Document("_id", objectId).append("n", 2),
                new Document("_id", 7).append("n", 3),
                new Document("_id", "s").append("n", 4)));

        assertThat(mixed.find(eq("_id", uuid)).first()).containsEntry("n", 1);
        assertThat(mixed.find(eq("_id", objectId)).first()).containsEntry("n", 2);
        assertThat(mixed.find(eq("_id", 7L)).first())
                .as("a number matches whatever numeric type it was stored as, through the index")
                .containsEntry("n", 3);
        assertThat(mixed.find(eq("_id", 7.0)).first()).containsEntry("n", 3);
        List<Integer> found = new ArrayList<>();
        mixed.find(in("_id", uuid, objectId, "s", "missing", UUID.randomUUID()))
                .forEach(document -> found.add(document.getInteger("n")));
        assertThat(found).containsExactlyInAnyOrder(1, 2, 4);

        mixed.updateOne(eq("_id", uuid), Updates.inc("n", 10));
        assertThat(mixed.find(eq("_id", uuid)).first()).containsEntry("n", 11);
        assertThat(mixed.deleteOne(eq("_id", objectId)).getDeletedCount()).isEqualTo(1);
        assertThat(mixed.find(eq("_id", objectId)).first()).isNull();
        assertThat(mixed.countDocuments()).isEqualTo(3);
    }

    @Test
    void anAggregationReadsEachDocumentAsOneWriteLeftItAndLetsWritesGoOn() throws Exception {
        List<Document> more = new ArrayList<>();
        for (int i = 50; i < 3_000; i++) {
            more.add(new Document("_id", "r" + i).append("version", 1).append("status", "REQUESTED"));
        }
        referrals.insertMany(more);
        referrals.updateMany(in("_id", "r1", "r2", "r3"), Updates.set("status", "RECEIVED"));
        List<Document> pipeline = List.of(
                new Document("$match", new Document("status", "RECEIVED")),
                new Document("$group", new Document("_id", "$status").append("count", new Document("$sum", 1))));

        ExecutorService writer = Executors.newSingleThreadExecutor();
        try {
            Future<?> writes = writer.submit(() -> {
                for (int i = 10; i < 60; i++) {
                    referrals.updateOne(eq("_id", "r" + i), Updates.set("status", "RECEIVED"));
                }
            });
            Document during = referrals.aggregate(pipeline).first();
            writes.get(60, TimeUnit.SECONDS);
            assertThat(during.getInteger("count"))
                    .as("each write is counted or not, never half")
                    .isBetween(3, 53);
        } finally {
            writer.shutdownNow();
        }
        assertThat(referrals.aggregate(pipeline).first()).containsEntry("count", 53);
    }

    @Test
    void anOptimisticLockingUpdateAppliesOnceAtTheExpectedVersion() {
        var first = referrals.updateOne(and(eq("_id", "r3"), eq("version", 1)), Updates.inc("version", 1));
        var stale = referrals.updateOne(and(eq("_id", "r3"), eq("version", 1)), Updates.inc("version", 1));

        assertThat(first.getModifiedCount()).isEqualTo(1);
        assertThat(stale.getMatchedCount()).isZero();
        assertThat(referrals.find(eq("_id", "r3")).first()).containsEntry("version", 2);
        assertThat(referrals.find(eq("_id", "r4")).first())
                .as("its neighbours are untouched")
                .containsEntry("version", 1);
    }

    @Test
    void aConditionalUpsertCreatesOnceAndThenRefusesAnOlderGeneration() {
        MongoCollection<Document> timers = client.getDatabase("test").getCollection("timers");
        UUID id = UUID.randomUUID();
        UpdateOptions upsert = new UpdateOptions().upsert(true);

        timers.updateOne(and(eq("_id", id), lt("generation", 5L)), Updates.set("generation", 5L), upsert);
        timers.updateOne(and(eq("_id", id), lt("generation", 7L)), Updates.set("generation", 7L), upsert);

        assertThat(timers.find(eq("_id", id)).first()).containsEntry("generation", 7L);
        assertThatThrownBy(() -> timers.updateOne(
                        and(eq("_id", id), lt("generation", 6L)), Updates.set("generation", 6L), upsert))
                .isInstanceOf(MongoWriteException.class)
                .hasMessageContaining("duplicate key");
        assertThat(timers.find(eq("_id", id)).first()).containsEntry("generation", 7L);
    }

    @Test
    void aReopenedStoreAnswersTheSame() {
        client.close();
        mongo.close();
        mongo = EmbeddedMongo.start(dir, "localhost", 0);
        client = MongoClients.create(mongo.connectionString());
        referrals = client.getDatabase("test").getCollection("referrals");

        var update = referrals.updateOne(and(eq("_id", "r5"), eq("version", 1)), Updates.inc("version", 1));

        assertThat(update.getModifiedCount()).isEqualTo(1);
        assertThat(referrals.find(and(eq("_id", "r5"), eq("version", 2))).first())
                .containsEntry("_id", "r5");
        assertThat(referrals.countDocuments()).isEqualTo(50);
    }

    /**
     * Each update commits and rewrites the page that holds the document, with its other documents written from the
     * encodings kept since an earlier commit (ADR 36): after a reopen each holds what its last write left.
     */
    @Test
    void documentsRewrittenFromTheirKeptEncodingsReadBackAsTheirLastWriteLeftThem() {
        for (int round = 1; round <= 3; round++) {
            for (int i = 0; i < 50; i += round) {
                referrals.updateOne(
                        eq("_id", "r" + i), Updates.combine(Updates.inc("version", 1), Updates.set("round", round)));
            }
        }

        client.close();
        mongo.close();
        mongo = EmbeddedMongo.start(dir, "localhost", 0);
        client = MongoClients.create(mongo.connectionString());
        referrals = client.getDatabase("test").getCollection("referrals");

        for (int i = 0; i < 50; i++) {
            int updates = 1 + (i % 2 == 0 ? 1 : 0) + (i % 3 == 0 ? 1 : 0);
            int lastRound = i % 3 == 0 ? 3 : i % 2 == 0 ? 2 : 1;
            assertThat(referrals.find(eq("_id", "r" + i)).first())
                    .as("r" + i)
                    .containsEntry("version", 1 + updates)
                    .containsEntry("round", lastRound)
                    .containsEntry("status", "REQUESTED");
        }
    }

    @Test
    void findAndModifyClaimsOnlyWhenEveryConditionHolds() {
        FindOneAndUpdateOptions returnNew = new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER);

        Document claimed = referrals.findOneAndUpdate(
                and(eq("_id", "r9"), eq("status", "REQUESTED")), Updates.set("status", "RECEIVED"), returnNew);
        Document again = referrals.findOneAndUpdate(
                and(eq("_id", "r9"), eq("status", "REQUESTED")), Updates.set("status", "RECEIVED"), returnNew);

        assertThat(claimed).containsEntry("status", "RECEIVED");
        assertThat(again).isNull();
    }

    /**
     * Spring Data's optimistic-locking save, from many connections at once: read, then write only if the version is
     * still the one read. Every save that is answered as applied must still be in the document afterwards.
     */
    @Test
    void concurrentOptimisticSavesOnOneDocumentLoseNoUpdate() throws Exception {
        int writers = 8;
        int savesEach = 25;
        inParallel(writers, writer -> {
            for (int i = 0; i < savesEach; i++) {
                saveWithRetry("r1", writer + "-" + i);
            }
        });

        Document saved = referrals.find(eq("_id", "r1")).first();
        assertThat(saved.getList("notes", String.class))
                .hasSize(writers * savesEach)
                .doesNotHaveDuplicates();
        assertThat(saved.getInteger("version")).isEqualTo(1 + writers * savesEach);
    }

    @Test
    void concurrentFindAndModifyIncrementsHandOutEveryNumberOnce() throws Exception {
        MongoCollection<Document> counters = client.getDatabase("test").getCollection("counters");
        FindOneAndUpdateOptions upsertReturningNew =
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER);
        Set<Long> drawn = ConcurrentHashMap.newKeySet();
        inParallel(8, writer -> {
            for (int i = 0; i < 25; i++) {
                Document counter =
                        counters.findOneAndUpdate(eq("_id", "2026"), Updates.inc("last", 1L), upsertReturningNew);
                drawn.add(counter.getLong("last"));
            }
        });

        assertThat(drawn).hasSize(200).contains(1L, 200L);
    }

    @Test
    void readersNeverSeeAnUpdateHalfDoneWhileUpdatesChangeTheStoredDocumentsInPlace() throws Exception {
        List<String> ids = List.of("r1", "r2", "r3");
        Set<String> torn = ConcurrentHashMap.newKeySet();
        inParallel(4, worker -> {
            for (int i = 1; i <= 150; i++) {
                if (worker == 0) {
                    for (String id : ids) {
                        referrals.updateOne(
                                eq("_id", id),
                                Updates.combine(
                                        Updates.set("a", i),
                                        Updates.set("b", i),
                                        Updates.set("nested.a", i),
                                        Updates.set("nested.b", i)));
                    }
                } else {
                    var read = worker == 1
                            ? referrals.find(in("_id", ids))
                            : worker == 2 ? referrals.find(eq("status", "REQUESTED")) : referrals.find();
                    read.forEach(document -> {
                        Document nested = document.get("nested", new Document());
                        if (!java.util.Objects.equals(document.get("a"), document.get("b"))
                                || !java.util.Objects.equals(nested.get("a"), nested.get("b"))
                                || !java.util.Objects.equals(document.get("a"), nested.get("a"))) {
                            torn.add(document.toJson());
                        }
                    });
                }
            }
        });

        assertThat(torn).as("documents read with fields from two updates").isEmpty();
        assertThat(referrals.find(in("_id", ids)).map(document -> document.getInteger("a")))
                .containsOnly(150);
    }

    @Test
    void aReplacementTheStoreRefusesHalfwayLeavesTheStoredDocumentAsItWas() {
        // The backend's error names no code, which the driver reports as a document it cannot read.
        assertThatThrownBy(() -> referrals.replaceOne(eq("_id", "r1"), new Document("status", "X").append("a.b", 1)))
                .hasMessageContaining("does not contain key code");

        assertThat(referrals.find(eq("_id", "r1")).first())
                .containsEntry("version", 1)
                .containsEntry("status", "REQUESTED")
                .doesNotContainKey("a.b");
    }

    @Test
    void anAggregationThatStartsWithAMatchAnswersAsTheMatchStageAlone() {
        referrals.updateMany(in("_id", "r1", "r2"), Updates.set("status", "RECEIVED"));
        referrals.updateOne(eq("_id", "r1"), Updates.set("contact", new Document("name", "Desk")));
        CountOptions exists = new CountOptions().limit(1); // how Spring Data answers exists()

        assertThat(referrals.countDocuments(eq("_id", "r1"), exists)).isEqualTo(1);
        assertThat(referrals.countDocuments(eq("_id", "missing"), exists)).isZero();
        assertThat(referrals.countDocuments(and(eq("_id", "r1"), eq("status", "REQUESTED"))))
                .isZero();
        assertThat(referrals.countDocuments(eq("status", "RECEIVED"))).isEqualTo(2);
        assertThat(referrals.countDocuments(eq("status", "REQUESTED"))).isEqualTo(48);
        assertThat(referrals.countDocuments(in("_id", "r1", "r2", "r3", "missing")))
                .isEqualTo(3);

        List<Document> withOthers = referrals
                .aggregate(List.of(
                        Aggregates.match(eq("_id", "r1")),
                        // The same collection read again, by a stage: all of it, not what the first stage matched.
                        Aggregates.lookup("referrals", List.of(Aggregates.match(eq("status", "RECEIVED"))), "received"),
                        // $addFields merges into the document it finds: what it changes is a copy.
                        Aggregates.addFields(new Field<>("contact", new Document("name", "changed")))))
                .into(new ArrayList<>());

        assertThat(withOthers).singleElement().satisfies(document -> {
            assertThat(document.getList("received", Document.class))
                    .extracting(received -> received.getString("_id"))
                    .containsExactlyInAnyOrder("r1", "r2");
            assertThat(document.get("contact", Document.class)).containsEntry("name", "changed");
        });
        assertThat(referrals.find(eq("_id", "r1")).first().get("contact", Document.class))
                .containsEntry("name", "Desk");

        MongoCollection<Document> numbered = client.getDatabase("test").getCollection("numbered");
        numbered.insertOne(new Document("_id", 7).append("n", 1));
        assertThat(numbered.countDocuments(eq("_id", 7.0), exists))
                .as("a numeric id matches whatever numeric type it was stored as")
                .isEqualTo(1);
    }

    @Test
    void anAggregationThatChangesWhatItLookedUpLeavesTheStoredDocumentsAsTheyWere() {
        MongoCollection<Document> partners = client.getDatabase("test").getCollection("partners");
        partners.insertOne(new Document("_id", "RSD").append("contact", new Document("name", "Desk")));
        referrals.updateOne(eq("_id", "r1"), Updates.set("partner", "RSD"));

        List<Document> changed = referrals
                .aggregate(List.of(
                        Aggregates.match(eq("_id", "r1")),
                        Aggregates.lookup("partners", "partner", "_id", "found"),
                        Aggregates.unwind("$found"),
                        // $addFields merges a document value into the one it finds, in place.
                        Aggregates.addFields(
                                new Field<>("found", new Document("contact", new Document("name", "changed"))))))
                .into(new ArrayList<>());

        assertThat(changed).hasSize(1);
        assertThat(changed.get(0).get("found", Document.class).get("contact", Document.class))
                .containsEntry("name", "changed");
        assertThat(partners.find(eq("_id", "RSD")).first().get("contact", Document.class))
                .containsEntry("name", "Desk");
    }

    @Test
    void aDuplicateIdIsRefusedBeforeAndAfterTheStoreIsReopenedAndAfterUpdates() {
        referrals.updateOne(eq("_id", "r1"), Updates.set("status", "RECEIVED"));
        assertThatThrownBy(() -> referrals.insertOne(new Document("_id", "r1")))
                .isInstanceOf(MongoWriteException.class)
                .hasMessageContaining("duplicate key");

        client.close();
        mongo.close();
        mongo = EmbeddedMongo.start(dir, "localhost", 0);
        client = MongoClients.create(mongo.connectionString());
        referrals = client.getDatabase("test").getCollection("referrals");

        assertThatThrownBy(() -> referrals.insertOne(new Document("_id", "r2")))
                .isInstanceOf(MongoWriteException.class)
                .hasMessageContaining("duplicate key");
        referrals.insertOne(new Document("_id", "r50"));
        assertThat(referrals.deleteOne(eq("_id", "r1")).getDeletedCount()).isEqualTo(1);
        referrals.insertOne(new Document("_id", "r1").append("status", "NEW"));
        assertThat(referrals.find(eq("_id", "r1")).first()).containsEntry("status", "NEW");
        assertThat(referrals.countDocuments()).isEqualTo(51);
    }

    /**
     * String, UUID and ObjectId ids are checked against the data map, which is keyed by them (ADR 36); other ids
     * against the _id index's own map, where 1 and 1.0 are one id and the string "1" another.
     */
    @Test
    void idsOfEveryKindAreUniqueFoundByPatternAndFreeAgainOnceDeleted() {
        MongoCollection<Document> mixed = client.getDatabase("test").getCollection("mixed");
        UUID uuid = UUID.randomUUID();
        org.bson.types.ObjectId objectId = new org.bson.types.ObjectId();
        mixed.insertMany(List.of(
                new Document("_id", 1),
                new Document("_id", "1"),
                new Document("_id", uuid),
                new Document("_id", objectId),
                new Document("_id", new Document("compound", 1))));

        for (Object taken : List.of(1.0, 1L, "1", uuid, objectId, new Document("compound", 1))) {
            assertThatThrownBy(() -> mixed.insertOne(new Document("_id", taken)))
                    .as("%s (%s)", taken, taken.getClass().getSimpleName())
                    .isInstanceOf(MongoWriteException.class)
                    .hasMessageContaining("duplicate key");
        }
        mixed.insertOne(new Document("_id", "2"));
        assertThat(mixed.find(regex("_id", "^[12]$")).map(d -> d.get("_id")).into(new ArrayList<>()))
                .containsExactlyInAnyOrder("1", "2");

        for (Object id : List.of(1, "1", uuid, objectId)) {
            assertThat(mixed.deleteOne(eq("_id", id)).getDeletedCount())
                    .as("%s", id)
                    .isEqualTo(1);
            mixed.insertOne(new Document("_id", id).append("again", true));
        }
        assertThat(mixed.countDocuments(eq("again", true))).isEqualTo(4);
        assertThat(mixed.countDocuments()).isEqualTo(6);
    }

    private static void inParallel(int writers, IntConsumer writer) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int each = w;
                running.add(pool.submit(() -> writer.accept(each)));
            }
            for (Future<?> each : running) {
                each.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void saveWithRetry(String id, String note) {
        while (true) {
            Document current = referrals.find(eq("_id", id)).first();
            int version = current.getInteger("version");
            List<String> notes = new ArrayList<>(current.getList("notes", String.class, List.of()));
            notes.add(note);
            var applied = referrals.updateOne(
                    and(eq("_id", id), eq("version", version)),
                    Updates.combine(Updates.set("version", version + 1), Updates.set("notes", notes)));
            if (applied.getModifiedCount() == 1) {
                return;
            }
        }
    }
}
