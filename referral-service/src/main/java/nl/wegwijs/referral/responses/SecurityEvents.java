package nl.wegwijs.referral.responses;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import nl.wegwijs.contracts.partner.ReferralResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Responses refused because their sender may not touch the referral, and records on a responses topic that are no
 * response at all: logged on the {@code SECURITY} logger and kept, one document per response id or per record, for
 * the municipality's audit. Ids and types only, never personal data.
 */
@Component
class SecurityEvents {

    static final String COLLECTION = "security-events";
    private static final Logger security = LoggerFactory.getLogger("SECURITY");

    private final MongoTemplate mongo;
    private final Clock clock;

    SecurityEvents(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    void refused(String topic, ReferralResponse response, String why) {
        security.warn(
                "Refused response {} on {} about referral {} claiming partner {}: {}",
                response.responseId(),
                topic,
                response.referralId(),
                response.partner(),
                why);
        mongo.save(
                new RefusedResponse(
                        response.responseId().toString(),
                        topic,
                        response.referralId(),
                        response.partner().value(),
                        why,
                        clock.instant()),
                COLLECTION);
    }

    /** A record on a responses topic that is no response; kept once per record (topic, partition, offset). */
    void unreadable(String topic, Object partition, Object offset, String key, String type, String why) {
        String id = topic + "/" + partition + "/" + offset;
        security.warn("Refused record {} (key {}) on {}: {}", id, key, topic, why);
        mongo.save(new UnreadableRecord(id, topic, key, type, why, clock.instant()), COLLECTION);
    }

    record UnreadableRecord(@Id String id, String topic, String key, String type, String why, Instant at) {}

    record RefusedResponse(
            @Id String id, String topic, UUID referralId, String claimedPartner, String why, Instant at) {}
}
