package nl.wegwijs.platform.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A commit per write leaves many obsolete chunks behind; the file shrinks back towards the live data when the store
 * opens again, and nothing live is lost by it.
 */
class StoreFileSizeTest {

    private static final int DOCUMENTS = 20;
    private static final int UPDATES = 2_000;
    private static final long MIB = 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void theFileStaysProportionalToTheLiveData() {
        long grown;
        try (EmbeddedMongo store = EmbeddedMongo.start(dir, "localhost", 0);
                MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> docs = client.getDatabase("size").getCollection("docs");
            for (int i = 0; i < DOCUMENTS; i++) {
                docs.insertOne(new Document("_id", i).append("n", 0).append("payload", "x".repeat(2_000)));
            }
            for (int u = 0; u < UPDATES; u++) {
                docs.updateOne(Filters.eq("_id", u % DOCUMENTS), Updates.inc("n", 1));
            }
            grown = store.fileBytes();
        }

        try (EmbeddedMongo reopened = EmbeddedMongo.start(dir, "localhost", 0);
                MongoClient client = MongoClients.create(reopened.connectionString())) {
            long compacted = reopened.fileBytes();
            MongoCollection<Document> docs = client.getDatabase("size").getCollection("docs");

            assertThat(grown).as("file after %d committed updates", UPDATES).isGreaterThan(2 * MIB);
            assertThat(compacted)
                    .as("file after reopening, %d bytes before", grown)
                    .isLessThan(grown / 4);
            assertThat(docs.countDocuments()).isEqualTo(DOCUMENTS);
            long applied = 0;
            for (Document doc : docs.find()) {
                applied += doc.getInteger("n");
            }
            assertThat(applied).isEqualTo(UPDATES);
        }
    }
}
