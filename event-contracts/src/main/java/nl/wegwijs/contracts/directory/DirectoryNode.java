package nl.wegwijs.contracts.directory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/** A JSON object in the directory file that knows whose it is and where it sits, so every error can say so. */
final class DirectoryNode {

    private final JsonNode json;
    private final String owner;
    private final String path;

    private DirectoryNode(JsonNode json, String owner, String path) {
        this.json = json;
        this.owner = owner;
        this.path = path;
    }

    static DirectoryNode root(JsonNode json) {
        DirectoryNode root = new DirectoryNode(json, "directory", "");
        if (!json.isObject()) {
            throw root.invalid("", "must be a JSON object");
        }
        return root;
    }

    /** The same node, reported as the root of another owner, such as {@code partner RSD}. */
    DirectoryNode ownedBy(String newOwner) {
        return new DirectoryNode(json, newOwner, "");
    }

    String text(String field) {
        JsonNode value = required(field);
        if (!value.isString() || value.stringValue().isBlank()) {
            throw invalid(field, "must be a non-blank string");
        }
        return value.stringValue();
    }

    String optionalText(String field) {
        JsonNode value = json.path(field);
        return value.isMissingNode() || value.isNull() ? null : text(field);
    }

    int integer(String field) {
        JsonNode value = required(field);
        if (!value.isInt()) {
            throw invalid(field, "must be a whole number");
        }
        return value.intValue();
    }

    int positive(String field) {
        int value = integer(field);
        if (value < 1) {
            throw invalid(field, "must be a positive number of working days, was " + value);
        }
        return value;
    }

    List<Integer> integers(String field) {
        List<Integer> values = new ArrayList<>();
        for (DirectoryNode element : elements(field)) {
            if (!element.json.isInt()) {
                throw element.invalid("", "must be a whole number");
            }
            values.add(element.json.intValue());
        }
        return values;
    }

    DirectoryNode object(String field) {
        JsonNode value = required(field);
        if (!value.isObject()) {
            throw invalid(field, "must be an object");
        }
        return new DirectoryNode(value, owner, qualified(field));
    }

    List<DirectoryNode> elements(String field) {
        JsonNode value = required(field);
        if (!value.isArray()) {
            throw invalid(field, "must be an array");
        }
        List<DirectoryNode> elements = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            elements.add(new DirectoryNode(value.get(i), owner, qualified(field) + "[" + i + "]"));
        }
        return elements;
    }

    List<DirectoryNode> objects(String field) {
        List<DirectoryNode> elements = elements(field);
        for (DirectoryNode element : elements) {
            if (!element.json.isObject()) {
                throw element.invalid("", "must be an object");
            }
        }
        return elements;
    }

    <E extends Enum<E>> E enumValue(String field, Class<E> type) {
        JsonNode value = required(field);
        return parseEnum(value.isString() ? value.stringValue() : null, qualified(field), type);
    }

    /** A property name that must be an enum constant, such as a phase name. */
    <E extends Enum<E>> E enumKey(String key, Class<E> type) {
        return parseEnum(key, qualified(key), type);
    }

    List<String> fieldNames() {
        return List.copyOf(json.propertyNames());
    }

    <E extends Enum<E>> Set<E> enumSet(String field, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        for (DirectoryNode element : elements(field)) {
            values.add(parseEnum(element.json.isString() ? element.json.stringValue() : null, element.path, type));
        }
        return values;
    }

    /** Builds a record, reporting what its compact constructor rejects as a problem of this node. */
    <T> T build(Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw invalid("", e.getMessage());
        }
    }

    InvalidDirectoryException invalid(String field, String problem) {
        String where = qualified(field);
        return new InvalidDirectoryException(owner + (where.isEmpty() ? "" : ", field " + where) + ": " + problem);
    }

    private <E extends Enum<E>> E parseEnum(String value, String where, Class<E> type) {
        String known = Arrays.toString(type.getEnumConstants());
        if (value == null) {
            throw new InvalidDirectoryException(owner + ", field " + where + ": must be one of " + known);
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidDirectoryException(owner + ", field " + where + ": unknown " + type.getSimpleName() + " '"
                    + value + "', known: " + known);
        }
    }

    private JsonNode required(String field) {
        JsonNode value = json.path(field);
        if (value.isMissingNode() || value.isNull()) {
            throw invalid(field, "is missing");
        }
        return value;
    }

    private String qualified(String field) {
        if (field.isEmpty()) {
            return path;
        }
        return path.isEmpty() ? field : path + "." + field;
    }
}
