package nl.wegwijs.platform.mongo;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.regex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store file written before documents were stored as BSON (ADR 34), by mongo-java-server's own H2 backend, opens:
 * what it held is read, changed and added to, and all of it is still there after the next restart, beside pages
 * that were never written again.
 */
class StoreFormatUpgradeTest {

    @TempDir
    Path dir;

    @Test
    void aFileOfJavaSerializedDocumentsIsReadAndWrittenOnAfterwards() {
        H2Backend plain = new H2Backend(dir.resolve(EmbeddedMongo.FILE_NAME).toString());
        MongoServer before = new MongoServer(plain);
        before.bind("localhost", 0);
        try (MongoClient client = MongoClients.create(
                "mongodb://localhost:" + before.getLocalAddress().getPort())) {
            List<Document> documents = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                documents.add(new Document("_id", "t" + i).append("n", i).append("list", List.of(i, "x")));
            }
            client.getDatabase("wegwijs").getCollection("timers").insertMany(documents);
            client.getDatabase("wegwijs").getCollection("untouched").insertOne(new Document("_id", 1).append("n", 1));
        } finally {
            before.shutdown();
            plain.close();
        }

        try (EmbeddedMongo store = EmbeddedMongo.start(dir, "localhost", 0);
                MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> timers = client.getDatabase("wegwijs").getCollection("timers");
            assertThat(timers.countDocuments()).isEqualTo(200);
            assertThat(timers.find(eq("_id", "t7")).first())
                    .containsEntry("n", 7)
                    .containsEntry("list", List.of(7, "x"));
            timers.updateMany(eq("n", 3), Updates.set("n", 1003));
            for (int i = 0; i < 200; i += 2) {
                timers.updateOne(eq("_id", "t" + i), Updates.inc("n", 1000));
            }
            timers.insertOne(new Document("_id", "new").append("n", -1));
            assertThatThrownBy(() -> timers.insertOne(new Document("_id", "t7")))
                    .as("an id the plain backend wrote is taken")
                    .isInstanceOf(MongoWriteException.class)
                    .hasMessageContaining("duplicate key");
            assertThat(timers.deleteOne(eq("_id", "t9")).getDeletedCount()).isEqualTo(1);
            timers.insertOne(new Document("_id", "t9").append("n", 9009));
            assertThat(timers.find(regex("_id", "^t1[0-9]$")).into(new ArrayList<>()))
                    .as("the _id index's old entries for string ids are not counted twice")
                    .hasSize(10);
            MongoCollection<Document> untouched = client.getDatabase("wegwijs").getCollection("untouched");
            assertThatThrownBy(() -> untouched.insertOne(new Document("_id", 1.0)))
                    .as("a number id's entry in the _id index the plain backend wrote is still read")
                    .isInstanceOf(MongoWriteException.class)
                    .hasMessageContaining("duplicate key");
        }

        try (EmbeddedMongo store = EmbeddedMongo.start(dir, "localhost", 0);
                MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> timers = client.getDatabase("wegwijs").getCollection("timers");
            assertThat(timers.countDocuments()).isEqualTo(201);
            assertThat(timers.find(eq("_id", "t2")).first()).containsEntry("n", 1002);
            assertThat(timers.find(eq("_id", "t3")).first()).containsEntry("n", 1003);
            assertThat(timers.find(eq("_id", "t5")).first())
                    .containsEntry("n", 5)
                    .containsEntry("list", List.of(5, "x"));
            assertThat(timers.find(eq("_id", "new")).first()).containsEntry("n", -1);
            assertThat(timers.find(eq("_id", "t9")).first()).containsEntry("n", 9009);
            assertThat(client.getDatabase("wegwijs")
                            .getCollection("untouched")
                            .find()
                            .first())
                    .as("a page never written again stays as it was, and is read")
                    .containsEntry("n", 1);
        }
    }
}
