package nl.wegwijs.intake.store;

import com.mongodb.client.model.Indexes;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Creates the indexes the reads need, explicitly at start (docs/design.md section 3). The embedded store ignores
 * non-unique indexes and scans instead; real MongoDB uses them.
 */
@Component
class IndexSetup {

    private final MongoTemplate mongo;

    IndexSetup(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createIndexes() {
        mongo.getCollection("audit").createIndex(Indexes.ascending("newcomerId", "at"));
        mongo.getCollection("newcomers").createIndex(Indexes.descending("state.profile.intakeDate"));
        mongo.getCollection("newcomers").createIndex(Indexes.ascending("state.referrals.partner"));
        mongo.getCollection("newcomers").createIndex(Indexes.ascending("pendingEvents.eventId"));
        // The duplicate rule's lookup at every intake (NewcomerStore.possibleDuplicate).
        mongo.getCollection("newcomers").createIndex(Indexes.ascending("duplicateKey"));
    }
}
