package nl.wegwijs.support.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The command log a real driver writes to a MongoDB-wire store: what it counts and which commands it calls scans. */
class StoreCommandsTest {

    private final StoreCommands commands = new StoreCommands();
    private MongoServer server;
    private MongoClient client;
    private MongoCollection<Document> timers;

    @BeforeEach
    void connect() {
        server = new MongoServer(new MemoryBackend());
        String address = server.bindAndGetConnectionString();
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(address))
                .addCommandListener(commands)
                .build());
        timers = client.getDatabase("wegwijs-test").getCollection("timers");
        timers.insertMany(List.of(
                new Document("_id", "a").append("armed", true), new Document("_id", "b").append("armed", true)));
        commands.reset();
    }

    @AfterEach
    void close() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void readsAndWritesNamingAnIdAtTheTopLevelAreNotScans() {
        timers.find(Filters.eq("_id", "a")).first();
        timers.updateOne(new Document("_id", "a").append("armed", true), Updates.set("armed", false));
        timers.findOneAndUpdate(Filters.eq("_id", "b"), Updates.set("armed", false));
        timers.bulkWrite(List.of(
                new UpdateOneModel<>(new Document("_id", "a"), Updates.set("level", 1)),
                new UpdateOneModel<>(new Document("_id", "b"), Updates.set("level", 1))));
        timers.deleteOne(Filters.eq("_id", "b"));

        assertThat(commands.scans()).isEmpty();
        assertThat(commands.byCommand("wegwijs-test"))
                .containsEntry("find", 1L)
                .containsEntry("update", 2L)
                .containsEntry("findAndModify", 1L)
                .containsEntry("delete", 1L);
        assertThat(commands.total()).isEqualTo(5);
        assertThat(commands.byCollection("wegwijs-test"))
                .containsOnlyKeys("find timers", "update timers", "findAndModify timers", "delete timers");
        assertThat(commands.meanMillisByCollection("wegwijs-test").values())
                .allSatisfy(millis -> assertThat(millis).isPositive());
    }

    @Test
    void aFilterWithoutATopLevelIdIsAScanWhateverTheCommand() {
        // The driver renders Filters.and as $and: the _id is then no longer at the filter's top level.
        timers.updateOne(Filters.and(Filters.eq("_id", "a"), Filters.eq("armed", true)), Updates.set("armed", false));
        timers.bulkWrite(List.of(
                new UpdateOneModel<>(new Document("_id", "a"), Updates.set("level", 1)),
                new UpdateOneModel<>(new Document("armed", true), Updates.set("level", 2))));
        timers.findOneAndUpdate(Filters.eq("armed", true), Updates.set("armed", false));
        timers.deleteMany(Filters.eq("armed", false));
        timers.find(Filters.eq("armed", true)).first();
        timers.countDocuments();
        client.getDatabase("wegwijs-test").listCollectionNames().into(new ArrayList<>()); // listCollections: 1

        assertThat(commands.scans())
                .containsExactly(
                        "update timers",
                        "update timers",
                        "findAndModify timers",
                        "delete timers",
                        "find timers",
                        "aggregate timers");
        assertThat(commands.byCollection("wegwijs-test")).containsEntry("listCollections ?", 1L);
    }
}
