package nl.wegwijs.contracts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.UUID;

/** A fact one service publishes. Serialised as JSON with CloudEvents binary-mode headers. */
public interface WegwijsEvent {

    UUID eventId();

    /** When it happened, in UTC; also the CloudEvents {@code ce_time}. */
    Instant occurredAt();

    /** The code of the municipality the event belongs to. */
    String municipality();

    /** The Kafka record key, so one aggregate's events stay in order. */
    @JsonIgnore
    String aggregateId();

    @JsonIgnore
    default EventType type() {
        return EventType.of(getClass());
    }
}
