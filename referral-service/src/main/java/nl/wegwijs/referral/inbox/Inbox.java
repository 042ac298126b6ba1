package nl.wegwijs.referral.inbox;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import nl.wegwijs.contracts.EventJson;
import nl.wegwijs.contracts.referral.ReferralDetailsCorrected;
import nl.wegwijs.contracts.referral.ReferralIssued;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The partners' inboxes: what each partner in inbox mode received on its topic, one entry per referral. */
@Component
public class Inbox {

    static final String COLLECTION = "inbox";
    private static final String ERASED = "erased";

    private final MongoTemplate mongo;

    Inbox(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Stores a delivery; a redelivered record keeps the first arrival time. A delivery read after the newcomer's
     * erasure (the partner topic is read on its own, and may lag) stores nothing.
     */
    void deliver(ReferralIssued issued, Instant now) {
        try {
            mongo.upsert(
                    Query.query(Criteria.where("_id")
                            .is(issued.referralId())
                            .and(ERASED)
                            .exists(false)),
                    new Update()
                            .setOnInsert("partner", issued.partner().value())
                            .setOnInsert("receivedAt", now)
                            .set("referral", EventJson.mapper().writeValueAsString(issued)),
                    COLLECTION);
        } catch (DuplicateKeyException e) {
            // Erased before it was delivered.
        }
    }

    /** A withdrawn delivery keeps when it came and went; the person's data goes. */
    void withdraw(UUID referralId, Instant now) {
        mongo.updateFirst(
                Query.query(Criteria.where("_id").is(referralId)),
                Update.update("withdrawnAt", now).unset("referral"),
                COLLECTION);
    }

    /** Applies corrected details to the referral as delivered; an erased or unknown delivery stays as it is. */
    void correct(ReferralDetailsCorrected correction) {
        find(correction.referralId()).filter(entry -> entry.referral() != null).ifPresent(entry -> {
            ReferralIssued delivered = EventJson.mapper().readValue(entry.referral(), ReferralIssued.class);
            mongo.updateFirst(
                    Query.query(Criteria.where("_id").is(entry.id())),
                    Update.update("referral", EventJson.mapper().writeValueAsString(correction.applyTo(delivered))),
                    COLLECTION);
        });
    }

    public Optional<Entry> find(UUID referralId) {
        return Optional.ofNullable(mongo.findById(referralId, Entry.class, COLLECTION));
    }

    /**
     * Removes the personal data of a delivery; that it arrived, and when, stays. A delivery still to come is marked,
     * so it will store nothing.
     */
    public void erase(UUID referralId) {
        mongo.upsert(
                Query.query(Criteria.where("_id").is(referralId)),
                new Update().unset("referral").set(ERASED, true),
                COLLECTION);
    }

    public record Entry(@Id UUID id, String partner, Instant receivedAt, Instant withdrawnAt, String referral) {}
}
