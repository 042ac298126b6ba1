package nl.wegwijs.monitoring.timeline;

import java.util.function.Consumer;
import org.springframework.data.mongodb.core.query.Update;

/** Reacts to a transition that the timeline applies. Must be idempotent: a crash can make it run twice. */
public interface TransitionListener {

    /**
     * Adds this listener's fields to the one write that applies the referral's latest transition (ADR 16), and
     * returns what to do once that write is acknowledged, given the timeline with its timer's state as it was read
     * before the write: a crash in between is repaired by {@link #redelivered}.
     */
    default Consumer<Timeline> write(Timeline timeline, StatusChange latest, Update update) {
        return written -> {};
    }

    /** The event of the latest applied transition came again: repeats what a crash after its write may have lost. */
    default void redelivered(Timeline timeline, StatusChange latest) {}

    /** Runs once the timeline is saved; for effects that may be lost in a crash, such as metrics. */
    default void afterSave(Timeline timeline, StatusChange change) {}
}
