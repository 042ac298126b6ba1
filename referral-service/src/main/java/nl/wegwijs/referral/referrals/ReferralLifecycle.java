package nl.wegwijs.referral.referrals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.contracts.partner.ReferralResponse;
import nl.wegwijs.contracts.referral.ReferralIssued;
import nl.wegwijs.referral.lifecycle.Action;
import nl.wegwijs.referral.lifecycle.ReferralStateMachine;
import nl.wegwijs.referral.lifecycle.StepDetails;
import nl.wegwijs.support.outbox.OutboxRelay;
import nl.wegwijs.support.outbox.PendingEvent;
import nl.wegwijs.support.time.MunicipalityTime;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Every change to a referral: load, change, one versioned write holding the new state and its events, then the
 * relay. A concurrent writer makes the version check fail, and the change is tried again on the fresh document.
 */
@Service
public class ReferralLifecycle {

    public static final String ERASED = "ERASED";
    private static final String ERASURE_ACTOR = "municipality";

    private static final int ATTEMPTS = 5;

    private final ReferralStore store;
    private final OutboxRelay relay;
    private final MunicipalityTime time;

    ReferralLifecycle(ReferralStore store, OutboxRelay relay, MunicipalityTime time) {
        this.store = store;
        this.relay = relay;
        this.time = time;
    }

    /** @return false when the referral exists already: a repeated event creates nothing */
    public boolean create(Referral referral) {
        boolean created = store.insertNew(referral);
        if (created) {
            relay(referral);
        }
        return created;
    }

    /**
     * Creates referrals decided together in one write, then relays each one's events (ADR 26).
     *
     * @return those created; a referral that exists already (a repeated event) is left out
     */
    public List<Referral> create(List<Referral> referrals) {
        List<Referral> created = referrals.isEmpty() ? List.of() : store.insertNew(referrals);
        created.forEach(this::relay);
        return created;
    }

    /** Takes a step on a referral the caller may see; one it may not see is not found. */
    public Referral act(UUID id, Predicate<Referral> visible, Action action, StepDetails details, String actor) {
        return change(id, visible, referral -> {
            referral.apply(action, details, actor, time.now(), today());
            return referral;
        });
    }

    public ResponseOutcome respond(UUID id, ReferralResponse response, String actor) {
        return change(id, referral -> true, referral -> referral.respond(response, actor, time.now(), today()));
    }

    /**
     * The inbox acknowledges receipt once; a referral already past REQUESTED stays as it is. One update conditioned on
     * the sequence (ADR 26): the relay's removal of the creation's events, which often comes between, neither refuses
     * the update nor gets its events written back. It starts from the referral as this process created it, without a
     * read, and reads it only where that copy is gone or the update finds another step came first (ADR 33).
     */
    public void acknowledge(UUID id, String actor) {
        Optional<Referral> asCreated = store.takeAsCreated(id);
        for (int attempt = 1; ; attempt++) {
            Referral referral = attempt == 1 && asCreated.isPresent()
                    ? asCreated.get()
                    : store.find(id).orElseThrow(() -> new ReferralNotFound(id));
            if (referral.status() != ReferralStatus.REQUESTED) {
                return;
            }
            long sequence = referral.sequence();
            int timeline = referral.timeline().size();
            int pending = referral.pendingEvents().size();
            referral.apply(Action.RECEIVE, StepDetails.none(), actor, time.now(), today());
            List<PendingEvent> added = referral.pendingEvents()
                    .subList(pending, referral.pendingEvents().size());
            if (store.recordSteps(referral, sequence, timeline, added)) {
                relay(referral); // those read before first, in order; the relay skips what it sent already
                return;
            }
            if (attempt == ATTEMPTS) {
                throw new OptimisticLockingFailureException("Referral " + id + " kept changing while acknowledged");
            }
        }
    }

    /** Sends the partner the corrected details it may see (see {@link Referral#correct}). */
    public void correct(UUID id, UnaryOperator<ReferralIssued> minimise) {
        change(id, referral -> true, referral -> {
            referral.correct(minimise, time.now());
            return referral;
        });
    }

    /**
     * The newcomer was erased: an open referral is withdrawn first, so its partner is told on its topic (reason
     * {@value #ERASED}) and the monitoring closes its timers; then the personal data goes.
     */
    public void erase(UUID id) {
        change(id, referral -> true, referral -> {
            if (ReferralStateMachine.allows(referral.status(), Action.CANCEL)) {
                referral.apply(Action.CANCEL, StepDetails.because(ERASED), ERASURE_ACTOR, time.now(), today());
            }
            referral.erasePersonalData();
            return referral;
        });
    }

    private <T> T change(UUID id, Predicate<Referral> visible, Function<Referral, T> change) {
        for (int attempt = 1; ; attempt++) {
            Referral referral = store.find(id).filter(visible).orElseThrow(() -> new ReferralNotFound(id));
            T result = change.apply(referral);
            try {
                Referral saved = store.save(referral);
                relay(saved);
                return result;
            } catch (OptimisticLockingFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private void relay(Referral referral) {
        if (!referral.pendingEvents().isEmpty()) {
            relay.publish(referral.id(), referral.pendingEvents());
        }
    }

    /** Expected starts are calendar dates where the partners are: the municipality's. */
    private LocalDate today() {
        return time.today();
    }
}
