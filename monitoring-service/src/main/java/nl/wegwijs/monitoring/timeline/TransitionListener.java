package nl.wegwijs.monitoring.timeline;

import org.springframework.data.mongodb.core.query.Update;

/** Reacts to a transition that the timeline applies. Must be idempotent: a crash can make it run twice. */
public interface TransitionListener {

    /**
     * Adds this listener's fields to the one write that applies the referral's latest transition (ADR 16), and
     * returns what to do once that write is acknowledged: a crash in between is repaired by {@link #redelivered}.
     */
    default Runnable write(Timeline timeline, StatusChange latest, Update update) {
        return () -> {};
    }

    /** The event of the latest applied transition came again: repeats what a crash after its write may have lost. */
    default void redelivered(Timeline timeline, StatusChange latest) {}

    /** Runs once the timeline is saved; for effects that may be lost in a crash, such as metrics. */
    default void afterSave(Timeline timeline, StatusChange change) {}
}
