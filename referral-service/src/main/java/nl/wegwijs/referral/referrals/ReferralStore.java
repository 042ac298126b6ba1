package nl.wegwijs.referral.referrals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.contracts.directory.DeliveryMode;
import nl.wegwijs.contracts.directory.PartnerDirectory;
import nl.wegwijs.support.memory.LeastRecentlyUsed;
import nl.wegwijs.support.outbox.OutboxCollection;
import nl.wegwijs.support.outbox.PendingEvent;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The referrals collection; one document per referral id. */
@Component
public class ReferralStore {

    /** Enough for the events of the referrals in flight: a referral's newcomer never changes. */
    private static final int NEWCOMERS_KEPT = 10_000;
    /** Enough for the referrals awaiting their inbox's acknowledgement, which comes within a second or so. */
    private static final int AS_CREATED_KEPT = 2_000;

    private final MongoTemplate mongo;
    private final PartnerDirectory directory;

    /**
     * The newcomer of each referral made or read lately, so sealing an event about a referral (with its newcomer's
     * key) does not read the referral again: that read was one of the store operations of each referral (ADR 32).
     */
    private final Map<UUID, UUID> newcomers = LeastRecentlyUsed.map(NEWCOMERS_KEPT);

    /**
     * A copy of each referral to an inbox-mode partner this process created lately, as it was inserted, until it is
     * acknowledged or changed: the acknowledgement's conditional update needs no read first when nothing came between
     * (ADR 33).
     */
    private final Map<UUID, Referral> asCreated = LeastRecentlyUsed.map(AS_CREATED_KEPT);

    ReferralStore(MongoTemplate mongo, PartnerDirectory directory) {
        this.mongo = mongo;
        this.directory = directory;
    }

    /** The newcomer a referral is about; empty for a referral that does not exist. */
    public Optional<UUID> newcomerOf(UUID referralId) {
        UUID kept = newcomers.get(referralId);
        return kept != null ? Optional.of(kept) : find(referralId).map(Referral::newcomerId);
    }

    /** @return false when a referral with this id exists already */
    boolean insertNew(Referral referral) {
        try {
            mongo.insert(referral);
            remember(referral);
            keepAsCreated(referral);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /**
     * Inserts referrals saved together in one {@code insertMany} (ADR 26). A repeated event finds some of them stored
     * already: then each is inserted on its own, and those that exist are left out.
     *
     * @return the referrals this call inserted
     */
    List<Referral> insertNew(List<Referral> referrals) {
        if (referrals.size() == 1) {
            return insertNew(referrals.get(0)) ? referrals : List.of();
        }
        try {
            mongo.insert(referrals, Referral.class);
            referrals.forEach(this::remember);
            referrals.forEach(this::keepAsCreated);
            return referrals;
        } catch (DuplicateKeyException repeated) {
            return referrals.stream().filter(this::insertNew).toList();
        }
    }

    /**
     * Records the steps a change took on a referral read at {@code sequenceAsRead}: the new status, and the timeline
     * entries and events the change added, in one update conditioned on the sequence rather than the version. The
     * relay's removal of events meanwhile therefore does not refuse it, and an event it removed is never written back.
     *
     * @return false when another step came first
     */
    boolean recordSteps(Referral changed, long sequenceAsRead, int timelineAsRead, List<PendingEvent> added) {
        List<TimelineEntry> entries =
                changed.timeline().subList(timelineAsRead, changed.timeline().size());
        Update update = new Update()
                .set("status", changed.status())
                .set("sequence", changed.sequence())
                .set("updatedAt", changed.updatedAt())
                .inc("version", 1);
        update.push("timeline").each(entries.toArray());
        update.push(OutboxCollection.FIELD).each(added.toArray());
        asCreated.remove(changed.id());
        return mongo.updateFirst(
                                Query.query(Criteria.where("_id")
                                        .is(changed.id())
                                        .and("sequence")
                                        .is(sequenceAsRead)),
                                update,
                                Referral.class)
                        .getModifiedCount()
                == 1;
    }

    /** Saves with the optimistic version check. */
    Referral save(Referral referral) {
        asCreated.remove(referral.id());
        return mongo.save(referral);
    }

    /**
     * The referral as this process created it, taken out so only one caller uses it; empty when it was not created
     * here lately, or was changed since. It may be stale all the same (another instance may have changed it): a write
     * based on it must be conditioned on its sequence.
     */
    Optional<Referral> takeAsCreated(UUID id) {
        return Optional.ofNullable(asCreated.remove(id));
    }

    /** Only where the platform's inbox acknowledges: a partner reading its own topic acknowledges by a response. */
    private void keepAsCreated(Referral referral) {
        if (referral.status() == ReferralStatus.REQUESTED
                && directory
                        .partner(referral.partnerCode())
                        .filter(partner -> partner.deliveryMode() == DeliveryMode.INBOX)
                        .isPresent()) {
            asCreated.put(referral.id(), referral.copy());
        }
    }

    public Optional<Referral> find(UUID id) {
        Optional<Referral> found = Optional.ofNullable(mongo.findById(id, Referral.class));
        found.ifPresent(this::remember);
        return found;
    }

    private void remember(Referral referral) {
        newcomers.put(referral.id(), referral.newcomerId());
    }

    public List<Referral> ofNewcomer(UUID newcomerId) {
        return mongo.find(Query.query(Criteria.where("newcomerId").is(newcomerId)), Referral.class);
    }

    /** Matching referrals, oldest first. */
    public Page<Referral> search(ReferralFilter filter, Pageable page) {
        Criteria criteria = new Criteria();
        if (filter.newcomerId() != null) {
            criteria = criteria.and("newcomerId").is(filter.newcomerId());
        }
        if (filter.partner() != null) {
            criteria = criteria.and("partner").is(filter.partner().value());
        }
        if (filter.status() != null) {
            criteria = criteria.and("status").is(filter.status());
        }
        if (filter.issuedOnly()) {
            criteria = criteria.and("failureReason").is(null);
        }
        Query query = Query.query(criteria);
        long total = mongo.count(query, Referral.class);
        query.with(Sort.by("requestedAt", "_id")).with(page);
        return new PageImpl<>(mongo.find(query, Referral.class), page, total);
    }
}
