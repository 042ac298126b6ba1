package nl.wegwijs.monitoring.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.monitoring.Events;
import nl.wegwijs.monitoring.MonitoringTestBase;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/** A store written before ADR 16 kept timelines in a collection of their own; the start moves them. */
class LegacyTimelinesTest extends MonitoringTestBase {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    LegacyTimelines legacy;

    @Autowired
    TimelineService timelines;

    @Test
    void anOlderStoresTimelineIsMovedIntoTheReferralsDocumentAndTakesTheNextChange() {
        Events referral = new Events(PartnerCode.TAALHUIS);
        Instant requested = Instant.parse("2033-02-07T09:00:00Z");
        referral.to(ReferralStatus.REQUESTED, requested); // sequence 1, stored the old way below
        mongo.getCollection(LegacyTimelines.LEGACY)
                .insertOne(new Document("_id", referral.referralId())
                        .append("newcomerId", referral.newcomerId())
                        .append("partner", "TAALHUIS")
                        .append("urgency", "NORMAL")
                        .append("status", "REQUESTED")
                        .append("lastSequence", 1L)
                        .append(
                                "changes",
                                List.of(new Document("sequence", 1L)
                                        .append("to", "REQUESTED")
                                        .append("at", Date.from(requested))
                                        .append("recordedAt", Date.from(requested))))
                        .append("waiting", List.of())
                        .append("version", 0L)
                        .append("_class", "nl.wegwijs.monitoring.timeline.Timeline"));

        legacy.migrate();
        timelines.record(referral.to(ReferralStatus.RECEIVED, Instant.parse("2033-02-08T09:00:00Z")));

        Timeline moved = timelines.find(referral.referralId()).orElseThrow();
        assertThat(moved.status()).isEqualTo(ReferralStatus.RECEIVED);
        assertThat(moved.changes())
                .extracting(StatusChange::to)
                .containsExactly(ReferralStatus.REQUESTED, ReferralStatus.RECEIVED);
        assertThat(moved.newcomerId()).isEqualTo(referral.newcomerId());
        assertThat(mongo.collectionExists(LegacyTimelines.LEGACY)).isFalse();
    }
}
