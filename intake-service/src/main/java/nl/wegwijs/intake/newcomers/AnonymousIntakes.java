package nl.wegwijs.intake.newcomers;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.wegwijs.contracts.EventJson;
import org.bson.Document;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The anonymous intakes of erased newcomers, in a collection of their own. The erasure writes the newcomer's remains
 * and the anonymous intake in one write, the intake in a field beside the remains; {@link #settle} then moves it here
 * under its own id. A crash between the two is settled by the erasure's retry or at the next start; the id it was
 * given makes the move happen once.
 */
@Component
public class AnonymousIntakes implements ApplicationRunner {

    static final String COLLECTION = "anonymous_intakes";
    static final String PENDING = "anonymousPending";
    private static final String OLD_ANONYMOUS = "anonymous";

    private final MongoTemplate mongo;
    private final JsonMapper json = EventJson.mapper();

    AnonymousIntakes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public List<AnonymousIntake> all() {
        List<AnonymousIntake> all = new ArrayList<>();
        mongo.getCollection(COLLECTION).find().forEach(d -> all.add(fromDocument(d)));
        return all;
    }

    /** Moves the anonymous intake an erasure left beside the newcomer's remains, if one is there. */
    void settle(UUID newcomerId) {
        Document remains = mongo.getCollection(NewcomerStore.COLLECTION)
                .find(eq("_id", newcomerId.toString()))
                .projection(Projections.include(PENDING))
                .first();
        if (remains != null && remains.get(PENDING) instanceof Document pending) {
            move(newcomerId, pending);
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        separateOlderErasures();
        mongo.getCollection(NewcomerStore.COLLECTION)
                .find(exists(PENDING))
                .projection(Projections.include(PENDING))
                .forEach(remains ->
                        move(UUID.fromString(remains.getString("_id")), remains.get(PENDING, Document.class)));
    }

    /**
     * Before ADR 27 an erasure kept the anonymous profile and the conversations' dates inside the newcomer's record,
     * under the newcomer's id: they get an id of their own too.
     */
    private void separateOlderErasures() {
        String state = NewcomerStore.STATE + ".";
        mongo.getCollection(NewcomerStore.COLLECTION)
                .find(exists(state + OLD_ANONYMOUS))
                .forEach(older -> {
                    Document remains = older.get(NewcomerStore.STATE, Document.class);
                    AnonymousIntake intake = new AnonymousIntake(
                            UUID.randomUUID(),
                            json.readValue(
                                    remains.get(OLD_ANONYMOUS, Document.class).toJson(), AnonymousProfile.class),
                            remains.getList("followUps", Document.class, List.of()).stream()
                                    .map(f -> json.readValue(f.toJson(), AnonymousIntake.FollowUpDates.class))
                                    .toList());
                    mongo.getCollection(NewcomerStore.COLLECTION)
                            .updateOne(
                                    and(eq("_id", older.get("_id")), exists(state + OLD_ANONYMOUS)),
                                    Updates.combine(
                                            Updates.set(PENDING, toDocument(intake)),
                                            Updates.unset(state + OLD_ANONYMOUS),
                                            Updates.unset(state + "recordedAt"),
                                            Updates.set(state + "followUps", List.of())));
                });
    }

    static Document toDocument(AnonymousIntake intake) {
        Document document = Document.parse(EventJson.mapper().writeValueAsString(intake));
        document.put("_id", document.remove("id"));
        return document;
    }

    private void move(UUID newcomerId, Document pending) {
        try {
            mongo.getCollection(COLLECTION).insertOne(pending);
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
        mongo.getCollection(NewcomerStore.COLLECTION)
                .updateOne(eq("_id", newcomerId.toString()), Updates.unset(PENDING));
    }

    private AnonymousIntake fromDocument(Document stored) {
        Document copy = new Document(stored);
        copy.put("id", copy.remove("_id"));
        return json.readValue(copy.toJson(), AnonymousIntake.class);
    }
}
