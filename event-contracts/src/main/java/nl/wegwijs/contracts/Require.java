package nl.wegwijs.contracts;

import java.util.List;

/**
 * Checks for the compact constructors of the contract records; every message names the field, and quotes no text value
 * ({@link InvalidFieldException}).
 */
public final class Require {

    private Require() {}

    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new InvalidFieldException(field + " is required");
        }
        return value;
    }

    public static String text(String value, String field) {
        present(value, field);
        if (value.isBlank()) {
            throw new InvalidFieldException(field + " must not be blank");
        }
        return value;
    }

    public static int between(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new InvalidFieldException(field + " must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }

    public static long atLeast(long value, long min, String field) {
        if (value < min) {
            throw new InvalidFieldException(field + " must be at least " + min + ", was " + value);
        }
        return value;
    }

    /** An immutable copy; a missing list is an empty one. */
    public static <T> List<T> listOf(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    /** An immutable copy that must hold at least one element. */
    public static <T> List<T> nonEmpty(List<T> values, String field) {
        List<T> copy = List.copyOf(present(values, field));
        if (copy.isEmpty()) {
            throw new InvalidFieldException(field + " must not be empty");
        }
        return copy;
    }

    /** An immutable copy that keeps null, for fields whose absence means "not shared". */
    public static <T> List<T> optionalListOf(List<T> values) {
        return values == null ? null : List.copyOf(values);
    }
}
