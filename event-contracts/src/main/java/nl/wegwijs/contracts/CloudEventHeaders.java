package nl.wegwijs.contracts;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * CloudEvents 1.0 Kafka binary-mode headers. Set by hand because the CloudEvents SDK still needs Jackson 2. Header
 * values are UTF-8 strings.
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";

    /**
     * The CloudEvents Kafka binding's content type header: {@code application/json} in binary mode (so SDKs see the
     * {@code datacontenttype}), {@code application/cloudevents+json} for a record in structured mode.
     */
    public static final String CONTENT_TYPE = "content-type";

    public static final String JSON = "application/json";
    public static final String STRUCTURED_JSON = "application/cloudevents+json";

    public static final String CURRENT_SPEC_VERSION = "1.0";

    /** How Spring Cloud Function hands {@code ce_type} to a consumer: it renames CloudEvents headers to {@code ce-}. */
    static final String CANONICAL_TYPE = "ce-type";

    private CloudEventHeaders() {}

    /** The headers for an event published by the service that owns its type. */
    public static Map<String, String> of(WegwijsEvent event) {
        return of(event, event.type().source());
    }

    /** The headers for an event published from the given source, such as {@code /wegwijs/intake}. */
    public static Map<String, String> of(WegwijsEvent event, String source) {
        Require.text(source, "source");
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(SPEC_VERSION, CURRENT_SPEC_VERSION);
        headers.put(ID, event.eventId().toString());
        headers.put(TYPE, event.type().ceType());
        headers.put(SOURCE, source);
        headers.put(TIME, event.occurredAt().toString());
        headers.put(CONTENT_TYPE, JSON);
        headers.put(SUBJECT, event.aggregateId());
        return Map.copyOf(headers);
    }

    /**
     * The {@code ce_type} of a received record, from headers as a Kafka client or a messaging framework hands them
     * over: under either spelling ({@code ce_type}, or {@code ce-type} after Spring Cloud Function renamed it), as
     * bytes or as text; null when absent.
     */
    public static String type(Map<String, ?> headers) {
        return text(headers.containsKey(TYPE) ? headers.get(TYPE) : headers.get(CANONICAL_TYPE));
    }

    /** Whether a received record is a CloudEvent in structured mode: the whole event, envelope and data, as JSON. */
    public static boolean isStructured(Map<String, ?> headers) {
        String contentType = text(headers.get(CONTENT_TYPE));
        return contentType != null
                && contentType.trim().toLowerCase(Locale.ROOT).startsWith(STRUCTURED_JSON);
    }

    private static String text(Object value) {
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return value == null ? null : value.toString();
    }
}
