package nl.wegwijs.referral.routing;

import java.util.Optional;
import java.util.UUID;
import nl.wegwijs.contracts.EventJson;
import nl.wegwijs.contracts.intake.NewcomerProfile;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The latest profile of each newcomer, so that a referral added later can be minimised from it too. */
@Component
public class NewcomerProfiles {

    static final String COLLECTION = "newcomers";

    private final MongoTemplate mongo;

    NewcomerProfiles(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void keep(UUID newcomerId, String municipality, NewcomerProfile profile) {
        mongo.save(
                new StoredProfile(newcomerId, municipality, EventJson.mapper().writeValueAsString(profile)),
                COLLECTION);
    }

    Optional<NewcomerProfile> find(UUID newcomerId) {
        return Optional.ofNullable(mongo.findById(newcomerId, StoredProfile.class, COLLECTION))
                .map(stored -> EventJson.mapper().readValue(stored.profile(), NewcomerProfile.class));
    }

    public void forget(UUID newcomerId) {
        mongo.remove(Query.query(Criteria.where("_id").is(newcomerId)), COLLECTION);
    }

    record StoredProfile(@Id UUID id, String municipality, String profile) {}
}
