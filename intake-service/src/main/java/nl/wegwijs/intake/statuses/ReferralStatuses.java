package nl.wegwijs.intake.statuses;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.ne;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wegwijs.contracts.DeclineReason;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.contracts.referral.ReferralStatusChanged;
import org.bson.Document;
import org.bson.conversions.Bson;
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
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoTemplate mongo;

    ReferralStatuses(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Applies the changes of one poll in one unordered bulk write (ADR 26): per referral only the newest of them, as
     * one conditional upsert; a referral already at that or a newer sequence, or erased, stays as it is.
     */
    public void applyAll(List<ReferralStatusChanged> events) {
        Map<UUID, ReferralStatusChanged> newest = new LinkedHashMap<>();
        events.forEach(
                event -> newest.merge(event.referralId(), event, (a, b) -> a.sequence() >= b.sequence() ? a : b));
        if (newest.isEmpty()) {
            return;
        }
        List<UpdateOneModel<Document>> upserts = newest.values().stream()
                .map(event -> new UpdateOneModel<Document>(newer(event), change(event), UPSERT))
                .toList();
        try {
            collection().bulkWrite(upserts, new BulkWriteOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            // No document matched, so the upsert tried to insert one with the referral's id: a newer sequence (or
            // the erasure) is stored already.
            if (e.getWriteErrors().stream()
                            .anyMatch(error ->
                                    ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY)
                    || e.getWriteConcernError() != null) {
                throw e;
            }
        }
    }

    private static Bson newer(ReferralStatusChanged event) {
        return and(eq("_id", event.referralId().toString()), lt("sequence", event.sequence()), ne("erased", true));
    }

    private static Bson change(ReferralStatusChanged event) {
        return Updates.combine(
                Updates.set("newcomerId", event.newcomerId().toString()),
                Updates.set("sequence", event.sequence()),
                Updates.set("status", event.to().name()),
                Updates.set("since", Date.from(event.occurredAt())),
                Updates.set("reason", event.reason()),
                Updates.set(
                        "reasonCode",
                        event.reasonCode() == null ? null : event.reasonCode().name()));
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
