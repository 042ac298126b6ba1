package nl.wegwijs.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Jackson 3 mapper for events: ISO-8601 dates and instants, unknown properties ignored (tolerant reader), null
 * fields left out. Services reuse it so every producer writes the same JSON.
 */
public final class EventJson {

    private static final JsonMapper MAPPER = builder().build();

    private EventJson() {}

    /** The shared, immutable mapper. */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /** A builder with the event settings, for a service that wants to add its own. */
    public static JsonMapper.Builder builder() {
        return JsonMapper.builder()
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .changeDefaultPropertyInclusion(inclusion -> inclusion
                        .withValueInclusion(JsonInclude.Include.NON_NULL)
                        .withContentInclusion(JsonInclude.Include.NON_NULL));
    }

    public static byte[] write(WegwijsEvent event) {
        return MAPPER.writeValueAsBytes(event);
    }
}
