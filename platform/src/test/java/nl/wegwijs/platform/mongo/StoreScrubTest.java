package nl.wegwijs.platform.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: a value erased from the store is gone from its file once the {@code compact} command the services send
 * after an erasure has answered; before it, H2 kept it in obsolete chunks. The live data survives the scrub and a
 * restart after it.
 */
class StoreScrubTest {

    private static final int OTHERS = 300;

    @TempDir
    Path dir;

    @Test
    void anOverwrittenAndADeletedValueLeaveTheFileOnCompactAndTheRestStays() throws IOException {
        String overwritten = "Overwritten" + UUID.randomUUID().toString().replace("-", "");
        String deleted = "Deleted" + UUID.randomUUID().toString().replace("-", "");
        try (EmbeddedMongo store = EmbeddedMongo.start(dir, "localhost", 0);
                MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> people = client.getDatabase("scrub").getCollection("people");
            for (int i = 0; i < OTHERS; i++) {
                people.insertOne(new Document("_id", "other-" + i).append("name", "Other " + i));
            }
            people.insertOne(new Document("_id", "erased").append("name", overwritten));
            people.insertOne(new Document("_id", "deleted").append("name", deleted));
            for (int i = 0; i < OTHERS; i += 7) {
                people.updateOne(Filters.eq("_id", "other-" + i), Updates.set("seen", i));
            }
            people.updateOne(Filters.eq("_id", "erased"), Updates.set("name", null));
            people.deleteOne(Filters.eq("_id", "deleted"));

            assertThat(StoreFiles.contain(dir, overwritten))
                    .as("before the scrub H2 keeps the old page")
                    .isTrue();
            assertThat(StoreFiles.contain(dir, deleted)).isTrue();

            Document answer = client.getDatabase("scrub").runCommand(new Document("compact", "people"));

            assertThat(answer.get("ok", Number.class).intValue()).isEqualTo(1);
            assertThat(StoreFiles.contain(dir, overwritten))
                    .as("overwritten value in the file")
                    .isFalse();
            assertThat(StoreFiles.contain(dir, deleted))
                    .as("deleted value in the file")
                    .isFalse();
            assertThat(people.countDocuments()).isEqualTo(OTHERS + 1);
            people.insertOne(new Document("_id", "after").append("name", "Written after the scrub"));
        }
        try (EmbeddedMongo reopened = EmbeddedMongo.start(dir, "localhost", 0);
                MongoClient client = MongoClients.create(reopened.connectionString())) {
            MongoCollection<Document> people = client.getDatabase("scrub").getCollection("people");
            assertThat(people.countDocuments()).isEqualTo(OTHERS + 2);
            assertThat(people.find(Filters.eq("_id", "other-7")).first().getInteger("seen"))
                    .isEqualTo(7);
            assertThat(people.find(Filters.eq("_id", "erased")).first().getString("name"))
                    .isNull();
        }
        assertThat(StoreFiles.contain(dir, overwritten)).isFalse();
    }

    @Test
    void onlyItsOwnerMayReadTheFile() throws IOException {
        try (EmbeddedMongo store = EmbeddedMongo.start(dir, "localhost", 0)) {
            assertThat(PosixFilePermissions.toString(
                            Files.getPosixFilePermissions(dir.resolve(EmbeddedMongo.FILE_NAME))))
                    .isEqualTo("rw-------");
        }
    }
}
