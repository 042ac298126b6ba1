package nl.wegwijs.support.problem;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * What is wrong with one field of a request, in the client's terms and language. Jackson's own message names Java
 * types and library internals, so it never reaches a problem document.
 */
class FieldMessages {

    private static final Set<Class<?>> WHOLE_NUMBERS =
            Set.of(int.class, Integer.class, long.class, Long.class, short.class, Short.class, BigInteger.class);

    private final ProblemMessages messages;

    FieldMessages(ProblemMessages messages) {
        this.messages = messages;
    }

    /** The first mapping problem in the cause chain; Jackson may wrap the one that names the field. */
    static DatabindException databindCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof DatabindException databind) {
                return databind;
            }
        }
        return null;
    }

    /** The field a mapping problem is about, such as {@code referrals[0].partner}. */
    static String field(DatabindException e) {
        return e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                .orElse("");
    }

    String of(DatabindException e, Locale locale) {
        if (e instanceof UnrecognizedPropertyException) {
            return messages.text("field.unknown", locale);
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() == String.class) {
            return messages.text("field.control-characters", locale);
        }
        return forType(e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null, locale);
    }

    /** What a value of this type must look like. */
    String forType(Class<?> type, Locale locale) {
        if (type != null && type.isEnum()) {
            String values =
                    Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
            return messages.text("field.one-of", locale, values);
        }
        if (type == LocalDate.class) {
            return messages.text("field.date", locale);
        }
        if (type == UUID.class) {
            return messages.text("field.uuid", locale);
        }
        if (WHOLE_NUMBERS.contains(type)) {
            return messages.text("field.whole-number", locale);
        }
        if (type != null && (Number.class.isAssignableFrom(type) || type == double.class || type == float.class)) {
            return messages.text("field.number", locale);
        }
        if (type == boolean.class || type == Boolean.class) {
            return messages.text("field.boolean", locale);
        }
        return messages.text("field.invalid", locale);
    }
}
