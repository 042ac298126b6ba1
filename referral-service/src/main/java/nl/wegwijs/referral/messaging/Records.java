package nl.wegwijs.referral.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import nl.wegwijs.contracts.EventReader;
import nl.wegwijs.contracts.WegwijsEvent;
import nl.wegwijs.contracts.sealing.NewcomerKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

/**
 * Reads the events of incoming Kafka records, in CloudEvents binary mode by their {@code ce_type} header or in
 * structured mode by the envelope's {@code type} (tolerant reader, ADR 5). Bindings decode natively (ADR 12): the
 * payload arrives as the producer's bytes, whatever {@code contentType} header a plain Kafka client sent.
 */
public final class Records {

    private static final Logger log = LoggerFactory.getLogger(Records.class);
    private static volatile EventReader reader = new EventReader();

    private Records() {}

    /**
     * From now on, sealed personal fields are opened with these keys, and an erased newcomer's events are skipped
     * (docs/adr/0025-crypto-shredding.md). Set once at start when the service has a path to the keys.
     */
    public static void openWith(NewcomerKeys keys) {
        reader = new EventReader(keys);
    }

    /**
     * @return empty for a record of an unknown or missing type
     * @throws nl.wegwijs.contracts.MalformedEventException for a known type whose JSON is not a valid event
     */
    public static Optional<WegwijsEvent> event(Message<byte[]> message) {
        log.debug("Record of type {} on {}", type(message), topic(message));
        return reader.readRecord(message.getHeaders(), message.getPayload());
    }

    /** The record's type in either CloudEvents mode, or null when it has none. */
    public static String type(Message<byte[]> message) {
        return reader.recordType(message.getHeaders(), message.getPayload());
    }

    public static String topic(Message<?> message) {
        return header(message, KafkaHeaders.RECEIVED_TOPIC);
    }

    /** A header as text, whether the binder handed it over as bytes or as a string. */
    public static String header(Message<?> message, String name) {
        Object value = message.getHeaders().get(name);
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return value == null ? null : value.toString();
    }
}
