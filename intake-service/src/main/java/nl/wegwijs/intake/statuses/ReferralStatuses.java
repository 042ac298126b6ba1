package nl.wegwijs.intake.statuses;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.ne;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wegwijs.contracts.DeclineReason;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.contracts.referral.ReferralStatusChanged;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The read model of the referral service's statuses: one document per referral, fed by {@code ReferralStatusChanged}.
 * A change is applied only when its sequence is newer than the stored one, in one conditional upsert, so redelivered
 * and late records change nothing. After erasure a referral's document is frozen without its reason.
 */
@Component
public class ReferralStatuses {

    static final String COLLECTION = "referral_statuses";

    private final MongoTemplate mongo;

    ReferralStatuses(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** @return false when this or a newer sequence was applied already, or the newcomer was erased */
    public boolean apply(ReferralStatusChanged event) {
        try {
            collection()
                    .updateOne(
                            and(
                                    eq("_id", event.referralId().toString()),
                                    lt("sequence", event.sequence()),
                                    ne("erased", true)),
                            Updates.combine(
                                    Updates.set("newcomerId", event.newcomerId().toString()),
                                    Updates.set("sequence", event.sequence()),
                                    Updates.set("status", event.to().name()),
                                    Updates.set("since", Date.from(event.occurredAt())),
                                    Updates.set("reason", event.reason()),
                                    Updates.set(
                                            "reasonCode",
                                            event.reasonCode() == null
                                                    ? null
                                                    : event.reasonCode().name())),
                            new UpdateOptions().upsert(true));
            return true;
        } catch (MongoWriteException e) {
            // No document matched, so the upsert tried to insert one with the referral's id: there is a newer one.
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /** Whether this change is newer than any applied to its referral, and the newcomer was not erased. */
    public boolean isNew(ReferralStatusChanged event) {
        Document stored =
                collection().find(eq("_id", event.referralId().toString())).first();
        return stored == null
                || (!Boolean.TRUE.equals(stored.getBoolean("erased"))
                        && (stored.get("sequence") == null
                                || ((Number) stored.get("sequence")).longValue() < event.sequence()));
    }

    /** The live status of each of these referrals that has one. */
    public Map<UUID, LiveStatus> of(List<UUID> referralIds) {
        Map<UUID, LiveStatus> found = new HashMap<>();
        collection()
                .find(in("_id", referralIds.stream().map(UUID::toString).toList()))
                .forEach(d -> {
                    if (d.getString("status") != null) {
                        found.put(UUID.fromString(d.getString("_id")), live(d));
                    }
                });
        return found;
    }

    /** Drops the reasons (free text that may describe the person) and ignores every later change. */
    public void forget(List<UUID> referralIds) {
        for (UUID id : referralIds) {
            collection()
                    .updateOne(
                            eq("_id", id.toString()),
                            Updates.combine(Updates.set("erased", true), Updates.unset("reason")),
                            new UpdateOptions().upsert(true));
        }
    }

    private static LiveStatus live(Document d) {
        String code = d.getString("reasonCode");
        return new LiveStatus(
                ReferralStatus.valueOf(d.getString("status")),
                d.getDate("since").toInstant(),
                d.getString("reason"),
                code == null ? null : DeclineReason.valueOf(code));
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }
}
