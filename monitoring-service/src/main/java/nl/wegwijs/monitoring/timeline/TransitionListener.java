package nl.wegwijs.monitoring.timeline;

/** Reacts to a transition that the timeline applies. Must be idempotent: a crash can make it run twice. */
public interface TransitionListener {

    /** Runs before the timeline is saved, so that a redelivered event repeats it. */
    default void beforeSave(Timeline timeline, StatusChange change) {}

    /** Runs once the timeline is saved; for effects that may be lost in a crash, such as metrics. */
    default void afterSave(Timeline timeline, StatusChange change) {}
}
