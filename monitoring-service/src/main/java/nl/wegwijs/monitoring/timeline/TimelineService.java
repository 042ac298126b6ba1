package nl.wegwijs.monitoring.timeline;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.wegwijs.contracts.referral.ReferralStatusChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/** Applies status changes to the referral's timeline, once per sequence and in order. */
@Service
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
                apply(event);
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
        return Optional.ofNullable(mongo.findById(referralId, Timeline.class));
    }

    private void apply(ReferralStatusChanged event) {
        Timeline timeline = find(event.referralId()).orElseGet(() -> Timeline.start(event));
        if (timeline.hasSeen(event)) {
            log.debug("Referral {} sequence {} already seen", event.referralId(), event.sequence());
            return;
        }
        List<StatusChange> applied = timeline.accept(event, clock.instant());
        applied.forEach(change -> listeners.forEach(listener -> listener.beforeSave(timeline, change)));
        mongo.save(timeline);
        applied.forEach(change -> listeners.forEach(listener -> listener.afterSave(timeline, change)));
        log.info(
                "Referral {} applied {} transition(s) up to sequence {}",
                timeline.referralId(),
                applied.size(),
                timeline.lastSequence());
    }
}
