package nl.wegwijs.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Reads the module's own resources in tests. */
public final class Resources {

    private Resources() {}

    public static byte[] bytes(String resource) {
        try (InputStream in = Resources.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException(resource + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode json(String resource) {
        JsonNode tree = EventJson.mapper().readTree(bytes(resource));
        return (ObjectNode) tree;
    }

    public static ObjectNode sample(EventType type) {
        return json(type.sampleResource());
    }

    public static byte[] toBytes(JsonNode tree) {
        return EventJson.mapper().writeValueAsBytes(tree);
    }
}
