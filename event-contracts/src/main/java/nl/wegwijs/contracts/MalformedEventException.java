package nl.wegwijs.contracts;

import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * A record of a known event type whose JSON does not make a valid event: a poison message. Its message says where and
 * what is wrong but quotes no value: it goes into the dead letter's headers, where a quoted personal value (opened from
 * a sealed field) would outlive the newcomer's erasure (ADR 25).
 */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String ceType, String problem) {
        super("Malformed " + ceType + " event: " + problem);
    }

    public MalformedEventException(String ceType, JacksonException cause) {
        super("Malformed " + ceType + " event" + where(cause) + ": " + problem(cause), cause);
    }

    private static String problem(JacksonException cause) {
        if (cause instanceof ValueInstantiationException && cause.getCause() instanceof InvalidFieldException field) {
            return field.getMessage();
        }
        if (cause instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "not a valid " + mismatch.getTargetType().getSimpleName();
        }
        if (cause instanceof StreamReadException) {
            return "not valid JSON";
        }
        return cause.getClass().getSimpleName();
    }

    /** Where in the JSON it went wrong, such as {@code " at referrals[1]"}. */
    private static String where(JacksonException cause) {
        String path = cause.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? "." + ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining());
        return path.isEmpty() ? "" : " at " + (path.startsWith(".") ? path.substring(1) : path);
    }
}
