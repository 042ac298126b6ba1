package nl.wegwijs.support.outbox;

/** The broker refused an outbox event (or never answered): the sweep tries again soon. */
public record OutboxSendFailed(Object aggregateId) {}
