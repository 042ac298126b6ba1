package nl.wegwijs.monitoring.timeline;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Set;
import java.util.UUID;
import nl.wegwijs.monitoring.sla.TimerKind;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Moves the timelines of a store written before ADR 16 (a {@code timelines} collection keyed by the referral's UUID)
 * into the referral's one document in {@code sla_timers}, at start, before any event is read or anything is counted
 * (the beans that do depend on this one). Each timeline is
 * merged with an upsert and only then deleted, so a crash halfway through is finished by the next start.
 */
@Component(LegacyTimelines.BEAN)
public class LegacyTimelines {

    /** Beans that read timelines when they are created depend on this one, so they see the moved ones. */
    public static final String BEAN = "legacyTimelines";

    static final String LEGACY = "timelines";
    private static final Set<String> NOT_COPIED = Set.of("_id", "_class", "version");
    private static final Logger log = LoggerFactory.getLogger(LegacyTimelines.class);

    private final MongoTemplate mongo;

    LegacyTimelines(MongoTemplate mongo) {
        this.mongo = mongo;
        migrate();
    }

    void migrate() {
        if (!mongo.collectionExists(LEGACY)) {
            return;
        }
        int moved = 0;
        for (Document legacy : mongo.getCollection(LEGACY).find()) {
            Object referralId = legacy.get("_id");
            Update update = new Update()
                    .set("referralId", referralId)
                    .set("kind", TimerKind.REFERRAL.name())
                    .max("revision", 1L);
            legacy.forEach((field, value) -> {
                if (!NOT_COPIED.contains(field)) {
                    update.set(field, value);
                }
            });
            mongo.upsert(query(where("_id").is(idOf(referralId))), update, Timeline.COLLECTION);
            mongo.remove(query(where("_id").is(referralId)), LEGACY);
            moved++;
        }
        mongo.dropCollection(LEGACY);
        log.info("Moved {} timeline(s) into the referrals' documents (ADR 16)", moved);
    }

    private static String idOf(Object referralId) {
        return referralId instanceof UUID uuid ? uuid.toString() : String.valueOf(referralId);
    }
}
