package nl.wegwijs.referral.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * What is wrong with one field of a request body, in the client's terms. Jackson's own message names Java types and
 * library internals, so it never reaches a problem document.
 */
final class FieldMessages {

    private FieldMessages() {}

    /** The first mapping problem in the cause chain; Jackson may wrap the one that names the field. */
    static Throwable databindCause(Throwable e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof DatabindException) {
                return cause;
            }
        }
        return null;
    }

    static String of(DatabindException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        Class<?> type = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (type != null && type.isEnum()) {
            return "must be one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(Object::toString)
                            .collect(Collectors.joining(", "));
        }
        if (type == LocalDate.class) {
            return "must be a date such as 2026-03-31";
        }
        if (type == UUID.class) {
            return "must be a UUID";
        }
        return "is not a valid value";
    }
}
