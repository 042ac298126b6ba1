package nl.wegwijs.monitoring.sla;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;

/**
 * One level of one timer, waiting in the bucket of the day it falls due. A bucket stores it as one string, {@code
 * "<timer> <level> <generation>"} (ADR 38): the store copies a bucket whole on every change and compares each new
 * entry with every held one, which cost a sub-document's dozen objects and a map comparison per entry.
 */
public record DueEntry(String timer, int level, long generation) {

    private static final char SEPARATOR = ' ';

    public DueEntry {
        if (timer.indexOf(SEPARATOR) >= 0) {
            throw new IllegalArgumentException("A timer id holds no space: " + timer);
        }
    }

    /** The entry as a bucket stores it. */
    public String stored() {
        return timer + SEPARATOR + level + SEPARATOR + generation;
    }

    /** An entry as a bucket stores it, or as a sub-document, the form buckets held before ADR 38. */
    public static DueEntry read(Object stored) {
        if (stored instanceof String text) {
            int beforeGeneration = text.lastIndexOf(SEPARATOR);
            int beforeLevel = beforeGeneration <= 0 ? -1 : text.lastIndexOf(SEPARATOR, beforeGeneration - 1);
            if (beforeLevel <= 0) {
                throw new IllegalArgumentException("Not a bucket entry: " + text);
            }
            return new DueEntry(
                    text.substring(0, beforeLevel),
                    Integer.parseInt(text.substring(beforeLevel + 1, beforeGeneration)),
                    Long.parseLong(text.substring(beforeGeneration + 1)));
        }
        if (stored instanceof Map<?, ?> document
                && document.get("timer") instanceof String timer
                && document.get("level") instanceof Number level
                && document.get("generation") instanceof Number generation) {
            return new DueEntry(timer, level.intValue(), generation.longValue());
        }
        throw new IllegalArgumentException("Not a bucket entry: " + stored);
    }

    /** The entry as a sub-document, the form buckets held before ADR 38. */
    public Document asDocument() {
        return new Document("timer", timer).append("level", level).append("generation", generation);
    }

    /**
     * The id of the escalation this level fires, the same at every attempt, so an escalation built again after a scan
     * stopped between its claim and its publication is one that consumers drop as a repeat (ADR 33).
     */
    UUID escalationId() {
        return UUID.nameUUIDFromBytes(
                ("escalation:" + timer + ":" + generation + ":" + level).getBytes(StandardCharsets.UTF_8));
    }
}
