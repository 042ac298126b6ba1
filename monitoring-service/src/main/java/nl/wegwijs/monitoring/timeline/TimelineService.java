package nl.wegwijs.monitoring.timeline;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import nl.wegwijs.contracts.referral.ReferralStatusChanged;
import nl.wegwijs.monitoring.sla.TimerKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.DependsOn;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Applies status changes to the referral's timeline, once per sequence and in order. The usual event, the next in
 * sequence with nothing waiting, costs one conditional {@code findAndModify} that also arms the timer (ADR 16); any
 * other reads the document and writes it back conditioned on its revision.
 */
@Service
@DependsOn(LegacyTimelines.BEAN)
public class TimelineService {

    private static final Logger log = LoggerFactory.getLogger(TimelineService.class);
    private static final int ATTEMPTS = 5;

    private final MongoTemplate mongo;
    private final List<TransitionListener> listeners;
    private final Clock clock;

    TimelineService(MongoTemplate mongo, List<TransitionListener> listeners, Clock clock) {
        this.mongo = mongo;
        this.listeners = listeners;
        this.clock = clock;
    }

    public void record(ReferralStatusChanged event) {
        for (int attempt = 1; ; attempt++) {
            try {
                if (!applyNext(event)) {
                    apply(event);
                }
                return;
            } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                log.debug("Timeline {} changed concurrently, retrying", event.referralId());
            }
        }
    }

    public Optional<Timeline> find(UUID referralId) {
        return Optional.ofNullable(mongo.findOne(ofTimeline(referralId.toString()), Timeline.class));
    }

    /** The next transition in sequence, nothing waiting: one write, no read. False when that is not the case. */
    private boolean applyNext(ReferralStatusChanged event) {
        Instant recordedAt = clock.instant();
        Timeline timeline = Timeline.start(event);
        StatusChange change = StatusChange.of(event, recordedAt);
        Update update = new Update()
                .setOnInsert("referralId", event.referralId())
                .setOnInsert("newcomerId", event.newcomerId())
                .setOnInsert("partner", event.partner().value())
                .setOnInsert("kind", TimerKind.REFERRAL)
                .push("changes", change)
                .set("waiting", List.of())
                .set("lastSequence", event.sequence())
                .set("status", event.to())
                .set("urgency", event.urgency())
                .inc("revision", 1);
        if (event.failureReason() != null) {
            update.set("failureReason", event.failureReason());
        }
        List<Consumer<Timeline>> written = listeners.stream()
                .map(listener -> listener.write(timeline, change, update))
                .toList();
        Query next = query(where("_id")
                .is(event.referralId().toString())
                .and("lastSequence")
                .is(event.sequence() - 1)
                .and("waiting")
                .size(0));
        Timeline before;
        try {
            before = mongo.findAndModify(
                    next, update, FindAndModifyOptions.options().upsert(event.sequence() == 1), Timeline.class);
        } catch (DuplicateKeyException exists) {
            return false; // the first sequence, but the document exists: a repeat, or later ones came first
        }
        if (before == null && event.sequence() != 1) {
            return false;
        }
        Timeline after = before == null ? timeline : before.readByItsWrite();
        after.accept(event, recordedAt);
        written(after, List.of(change), written);
        return true;
    }

    private void apply(ReferralStatusChanged event) {
        Timeline timeline = find(event.referralId()).orElseGet(() -> Timeline.start(event));
        if (timeline.hasSeen(event)) {
            log.debug("Referral {} sequence {} already seen", event.referralId(), event.sequence());
            if (event.sequence() == timeline.lastSequence()) {
                StatusChange latest = timeline.changes().get(timeline.changes().size() - 1);
                listeners.forEach(listener -> listener.redelivered(timeline, latest));
            }
            return;
        }
        long revision = timeline.revision();
        List<StatusChange> applied = timeline.accept(event, clock.instant());
        Update update = new Update()
                .setOnInsert("referralId", timeline.referralId())
                .setOnInsert("newcomerId", timeline.newcomerId())
                .setOnInsert("partner", timeline.partner().value())
                .setOnInsert("kind", TimerKind.REFERRAL)
                .set("changes", timeline.changes())
                .set("waiting", timeline.waiting())
                .set("lastSequence", timeline.lastSequence())
                .set("status", timeline.status())
                .set("urgency", timeline.urgency())
                .set("failureReason", timeline.failureReason())
                .inc("revision", 1);
        List<Consumer<Timeline>> written = new ArrayList<>();
        if (!applied.isEmpty()) {
            StatusChange latest = applied.get(applied.size() - 1);
            listeners.forEach(listener -> written.add(listener.write(timeline, latest, update)));
        }
        // Matches nothing when another write came first; the upsert then fails on the _id and the event is retried.
        mongo.upsert(
                query(where("_id")
                        .is(timeline.referralId().toString())
                        .and("revision")
                        .is(revision)),
                update,
                Timeline.class);
        written(timeline, applied, written);
    }

    private void written(Timeline timeline, List<StatusChange> applied, List<Consumer<Timeline>> written) {
        written.forEach(action -> action.accept(timeline));
        applied.forEach(change -> listeners.forEach(listener -> listener.afterSave(timeline, change)));
        log.info(
                "Referral {} applied {} transition(s) up to sequence {}",
                timeline.referralId(),
                applied.size(),
                timeline.lastSequence());
    }

    private static Query ofTimeline(String id) {
        return query(where("_id")
                .is(id)
                .and("kind")
                .is(TimerKind.REFERRAL)
                .and("lastSequence")
                .exists(true));
    }
}
