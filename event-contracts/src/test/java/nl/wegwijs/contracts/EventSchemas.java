package nl.wegwijs.contracts;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** The event schemas, with {@code format} asserted (2020-12 only annotates it by default). */
public final class EventSchemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    private static final Map<EventType, Schema> SCHEMAS = new EnumMap<>(EventType.class);

    private EventSchemas() {}

    static synchronized Schema of(EventType type) {
        return SCHEMAS.computeIfAbsent(type, t -> REGISTRY.getSchema(Resources.json(t.schemaResource())));
    }

    public static List<Error> errors(EventType type, JsonNode instance) {
        return of(type).validate(instance);
    }
}
