package nl.wegwijs.monitoring.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wegwijs.contracts.Topics;
import nl.wegwijs.monitoring.MonitoringTestBase;
import nl.wegwijs.support.outbox.OutboxCollection;
import nl.wegwijs.support.outbox.PendingEvent;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/** An escalation left pending by the code before ADR 15 can still be sent after the upgrade. */
class LegacyPendingEscalationsTest extends MonitoringTestBase {

    @Autowired
    MongoTemplate mongo;

    @Test
    void anEscalationPendingInTheOldShapeIsRewrittenSoTheOutboxCanSendIt() {
        String id = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        Document legacy = new Document("eventId", eventId)
                .append("key", id)
                .append("headers", new Document("ce_id", eventId).append("ce_type", "nl.wegwijs.referral-stalled.v1"))
                .append("json", "{\"eventId\":\"" + eventId + "\"}");
        mongo.insert(new Document("_id", id).append(OutboxCollection.FIELD, List.of(legacy)), SlaTimer.COLLECTION);

        new LegacyPendingEscalations(mongo);

        Document stored = mongo.findOne(query(where("_id").is(id)), Document.class, SlaTimer.COLLECTION);
        PendingEvent event = mongo.getConverter()
                .read(
                        PendingEvent.class,
                        stored.getList(OutboxCollection.FIELD, Document.class).get(0));
        assertThat(event.topic()).isEqualTo(Topics.ESCALATIONS);
        assertThat(event.payload()).isEqualTo("{\"eventId\":\"" + eventId + "\"}");
        assertThat(event.key()).isEqualTo(id);
        assertThat(event.headers()).isEqualTo(Map.of("ce_id", eventId, "ce_type", "nl.wegwijs.referral-stalled.v1"));
    }
}
