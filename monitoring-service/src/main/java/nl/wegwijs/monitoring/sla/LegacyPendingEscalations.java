package nl.wegwijs.monitoring.sla;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import nl.wegwijs.contracts.Topics;
import nl.wegwijs.support.outbox.OutboxCollection;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Escalations still pending in a store written before the shared outbox (ADR 15) hold their JSON as {@code json} and
 * no topic. Unread, each would count as refused at every scan and hold the scan cursor on its day, so at start,
 * before the first scan, they are rewritten in the shared outbox's shape.
 */
@Component
class LegacyPendingEscalations {

    private static final Logger log = LoggerFactory.getLogger(LegacyPendingEscalations.class);
    private static final String LEGACY_PAYLOAD = "json";

    LegacyPendingEscalations(MongoTemplate mongo) {
        int rewritten = 0;
        String field = OutboxCollection.FIELD;
        for (Document timer : mongo.getCollection(SlaTimer.COLLECTION)
                .find(new Document(field + "." + LEGACY_PAYLOAD, new Document("$exists", true)))) {
            List<Document> events = timer.getList(field, Document.class).stream()
                    .map(LegacyPendingEscalations::inTheSharedShape)
                    .toList();
            mongo.updateFirst(
                    query(where("_id").is(timer.get("_id"))), new Update().set(field, events), SlaTimer.COLLECTION);
            rewritten++;
        }
        if (rewritten > 0) {
            log.info("Rewrote the pending escalations of {} timer(s) in the shared outbox's shape (ADR 15)", rewritten);
        }
    }

    private static Document inTheSharedShape(Document event) {
        if (!event.containsKey(LEGACY_PAYLOAD)) {
            return event;
        }
        Document shared = new Document(event);
        shared.put("payload", shared.remove(LEGACY_PAYLOAD));
        shared.putIfAbsent("topic", Topics.ESCALATIONS);
        return shared;
    }
}
