package nl.wegwijs.notification.notifications;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The record of every notification. Each change is one atomic single-document write (no transactions needed). */
@Component
public class NotificationStore {

    private static final List<NotificationStatus> SENDABLE =
            List.of(NotificationStatus.PENDING, NotificationStatus.FAILED);

    private final MongoTemplate mongo;

    NotificationStore(MongoTemplate mongo) {
        this.mongo = mongo;
        // The _id already joins both; the explicit index states the rule and survives a change of id scheme.
        mongo.indexOps(Notification.class)
                .createIndex(new Index()
                        .on("sourceId", Sort.Direction.ASC)
                        .on("recipient", Sort.Direction.ASC)
                        .unique()
                        .named("source_recipient_unique"));
    }

    /** Records a notification; false when one for the same source and recipient exists already. */
    public boolean record(Notification notification) {
        try {
            mongo.insert(notification);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    public boolean exists(String id) {
        return mongo.exists(query(where("_id").is(id)), Notification.class);
    }

    public Optional<Notification> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Notification.class));
    }

    /**
     * Takes a sendable notification for one sender until {@code now + lease}; empty when it is sent, held, given up,
     * waiting out its back-off, or another sender holds it.
     */
    public Optional<Notification> claim(String id, Instant now, Duration lease) {
        Update take = new Update()
                .set("leaseUntil", now.plus(lease))
                .set("updatedAt", now)
                .inc("attempts", 1);
        return Optional.ofNullable(mongo.findAndModify(
                // The _id at the top of the query, not inside an $and: the embedded store then reads that one
                // document instead of scanning the collection (docs/adr/0035).
                query(where("_id").is(id).andOperator(due(now))),
                take,
                FindAndModifyOptions.options().returnNew(true),
                Notification.class));
    }

    /** Sendable, no sender holds it, and its back-off (if any) is over. */
    private static Criteria[] due(Instant now) {
        return new Criteria[] {
            where("status").in(SENDABLE),
            new Criteria()
                    .orOperator(
                            where("leaseUntil").is(null), where("leaseUntil").lte(now)),
            new Criteria()
                    .orOperator(
                            where("nextAttemptAt").is(null),
                            where("nextAttemptAt").lte(now))
        };
    }

    /** Sent; with {@code forgetRecipient} (a newcomer's address) the recipient is removed in the same write. */
    public void markSent(String id, Instant now, boolean forgetRecipient) {
        Update sent = new Update()
                .set("status", NotificationStatus.SENT)
                .set("sentAt", now)
                .set("updatedAt", now)
                .unset("leaseUntil")
                .unset("nextAttemptAt")
                .unset("lastError");
        mongo.updateFirst(
                query(where("_id").is(id)), forgetRecipient ? sent.unset("recipient") : sent, Notification.class);
    }

    /** The attempt failed; no sender takes the notification again before {@code nextAttemptAt}. */
    public void markFailed(String id, Instant now, String error, Instant nextAttemptAt) {
        mongo.updateFirst(
                query(where("_id").is(id).and("status").in(SENDABLE)),
                new Update()
                        .set("status", NotificationStatus.FAILED)
                        .set("lastError", error)
                        .set("nextAttemptAt", nextAttemptAt)
                        .set("updatedAt", now)
                        .unset("leaseUntil"),
                Notification.class);
    }

    /** Given up: never claimed again; with {@code forgetRecipient} the recipient is removed in the same write. */
    public void markFailedPermanently(String id, Instant now, String error, boolean forgetRecipient) {
        Update givenUp = new Update()
                .set("status", NotificationStatus.FAILED_PERMANENTLY)
                .set("lastError", error)
                .set("updatedAt", now)
                .unset("leaseUntil")
                .unset("nextAttemptAt");
        mongo.updateFirst(
                query(where("_id").is(id).and("status").in(SENDABLE)),
                forgetRecipient ? givenUp.unset("recipient") : givenUp,
                Notification.class);
    }

    /** Removes every notice to this newcomer: those not sent yet are never sent (ADR 23). */
    public long forgetNotices(UUID newcomerId) {
        return mongo.remove(query(where("notice.newcomerId").is(newcomerId)), Notification.class)
                .getDeletedCount();
    }

    /**
     * Hands a claimed notification back untried (the circuit breaker refused the call): the claim's attempt is taken
     * back, and the retry job may take it as soon as the breaker lets calls through.
     */
    public void release(String id, Instant now, String reason) {
        mongo.updateFirst(
                query(where("_id").is(id).and("status").in(SENDABLE)),
                new Update()
                        .set("status", NotificationStatus.FAILED)
                        .set("lastError", reason)
                        .set("updatedAt", now)
                        .inc("attempts", -1)
                        .unset("leaseUntil"),
                Notification.class);
    }

    /** Pending ones whose sender gave up or died, and failed ones whose back-off is over, oldest first. */
    public List<Notification> dueForRetry(Instant now, int limit) {
        return mongo.find(
                query(new Criteria().andOperator(due(now)))
                        .with(Sort.by("createdAt"))
                        .limit(limit),
                Notification.class);
    }

    public List<Notification> heldDue(Instant now, int limit) {
        Query due = query(where("status")
                        .is(NotificationStatus.HELD)
                        .and("holdUntil")
                        .lte(now))
                .with(Sort.by("createdAt"))
                .limit(limit);
        return mongo.find(due, Notification.class);
    }

    /** Every notification of one storm window or daily digest for one recipient, oldest first. */
    public List<Notification> inWindow(String windowKey, String recipient) {
        return mongo.find(
                query(where("windowKey").is(windowKey).and("recipient").is(recipient))
                        .with(Sort.by("createdAt")),
                Notification.class);
    }

    public void markBundled(List<String> ids, String digestId, Instant now) {
        mongo.updateMulti(
                query(where("_id").in(ids).and("status").is(NotificationStatus.HELD)),
                new Update()
                        .set("status", NotificationStatus.BUNDLED)
                        .set("digestId", digestId)
                        .set("updatedAt", now),
                Notification.class);
    }

    public long count(NotificationStatus status) {
        return mongo.count(query(where("status").is(status)), Notification.class);
    }

    public long count(Criteria criteria) {
        return mongo.count(query(criteria), Notification.class);
    }

    public List<Notification> find(Criteria criteria, long skip, int limit) {
        return mongo.find(
                query(criteria)
                        .with(Sort.by(Sort.Direction.DESC, "createdAt"))
                        .skip(skip)
                        .limit(limit),
                Notification.class);
    }
}
