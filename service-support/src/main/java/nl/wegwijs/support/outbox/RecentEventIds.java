package nl.wegwijs.support.outbox;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ids of the events being sent or acknowledged lately, the oldest forgotten first. A writer holds a document it
 * read for milliseconds, so the ids of the last {@code capacity} events cover every early read by far.
 */
final class RecentEventIds {

    private final Map<String, Boolean> ids;

    RecentEventIds(int capacity) {
        ids = new LinkedHashMap<>(1024, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** @return false when the id is known already */
    synchronized boolean add(String eventId) {
        return ids.putIfAbsent(eventId, Boolean.TRUE) == null;
    }

    synchronized void remove(String eventId) {
        ids.remove(eventId);
    }
}
