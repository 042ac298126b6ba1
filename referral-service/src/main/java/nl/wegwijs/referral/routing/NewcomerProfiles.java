package nl.wegwijs.referral.routing;

import java.util.Optional;
import java.util.UUID;
import nl.wegwijs.contracts.EventJson;
import nl.wegwijs.contracts.intake.NewcomerProfile;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The latest profile of each newcomer, so that a referral added later can be minimised from it too. An erased
 * newcomer leaves a marker without data in its place, which no later profile overwrites: routing that ran alongside the
 * erasure finds it and erases what it created (docs/adr/0027).
 */
@Component
public class NewcomerProfiles {

    static final String COLLECTION = "newcomers";
    private static final String ERASED = "erased";
    private static final String MUNICIPALITY = "municipality";
    private static final String PROFILE = "profile";

    private final MongoTemplate mongo;

    NewcomerProfiles(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** @return false if the newcomer was erased, and nothing is kept */
    boolean keep(UUID newcomerId, String municipality, NewcomerProfile profile) {
        try {
            mongo.upsert(
                    Query.query(Criteria.where("_id").is(newcomerId).and(ERASED).ne(true)),
                    Update.update(MUNICIPALITY, municipality)
                            .set(PROFILE, EventJson.mapper().writeValueAsString(profile)),
                    COLLECTION);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** A find by id, not {@code exists}: that counts with an aggregation, which the embedded store runs as a scan. */
    boolean wasErased(UUID newcomerId) {
        Query erased =
                Query.query(Criteria.where("_id").is(newcomerId).and(ERASED).is(true));
        erased.fields().include("_id");
        return mongo.findOne(erased, Document.class, COLLECTION) != null;
    }

    Optional<NewcomerProfile> find(UUID newcomerId) {
        return Optional.ofNullable(mongo.findById(newcomerId, StoredProfile.class, COLLECTION))
                .filter(stored -> stored.profile() != null)
                .map(stored -> EventJson.mapper().readValue(stored.profile(), NewcomerProfile.class));
    }

    /** Replaces the profile by the erasure marker. */
    public void forget(UUID newcomerId) {
        mongo.upsert(
                Query.query(Criteria.where("_id").is(newcomerId)),
                Update.update(ERASED, true).unset(MUNICIPALITY).unset(PROFILE),
                COLLECTION);
    }

    record StoredProfile(@Id UUID id, String municipality, String profile) {}
}
