package nl.wegwijs.contracts;

import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;

/** A record of a known event type whose JSON does not make a valid event: a poison message. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String ceType, String problem) {
        super("Malformed " + ceType + " event: " + problem);
    }

    public MalformedEventException(String ceType, JacksonException cause) {
        super("Malformed " + ceType + " event" + where(cause) + ": " + cause.getOriginalMessage(), cause);
    }

    /** Where in the JSON it went wrong, such as {@code " at referrals[1]"}. */
    private static String where(JacksonException cause) {
        String path = cause.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? "." + ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining());
        return path.isEmpty() ? "" : " at " + (path.startsWith(".") ? path.substring(1) : path);
    }
}
