package nl.wegwijs.referral.outbox;

import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Publishes whatever a crash between a save and its relay left behind. */
@Component
class OutboxSweep {

    static final String COLLECTION = "referrals";

    private final MongoTemplate mongo;
    private final OutboxRelay relay;

    OutboxSweep(MongoTemplate mongo, OutboxRelay relay) {
        this.mongo = mongo;
        this.relay = relay;
    }

    @Scheduled(
            initialDelayString = "${wegwijs.outbox.sweep-interval:PT30S}",
            fixedDelayString = "${wegwijs.outbox.sweep-interval:PT30S}")
    void sweep() {
        Query leftBehind =
                Query.query(Criteria.where(OutboxRelay.PENDING_EVENTS + ".0").exists(true));
        leftBehind.fields().include(OutboxRelay.PENDING_EVENTS);
        for (Document aggregate : mongo.find(leftBehind, Document.class, COLLECTION)) {
            List<PendingEvent> events = aggregate.getList(OutboxRelay.PENDING_EVENTS, Document.class).stream()
                    .map(event -> mongo.getConverter().read(PendingEvent.class, event))
                    .toList();
            relay.publish(COLLECTION, aggregate.get("_id"), events);
        }
    }
}
