package nl.wegwijs.support.outbox;

/**
 * The collection whose documents keep their events in {@value #FIELD}. When a service writes whole documents with a
 * version check, {@code versionField} names the version the relay moves with each removal, so a writer holding an
 * older copy cannot put published events back; null when the service appends its events instead.
 */
public record OutboxCollection(String name, String versionField) {

    public static final String FIELD = "pendingEvents";
}
