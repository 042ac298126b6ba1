package nl.wegwijs.support.problem;

import java.util.List;

/**
 * One refused field of a request, named as the client wrote it, such as {@code referrals[0].partner}. The message is
 * a code of the problem bundles (with {@code args}), translated into the request's language, or a text that no
 * bundle holds, shown as it is.
 */
public record FieldProblem(String field, String message, List<Object> args) {

    public FieldProblem {
        args = List.copyOf(args);
    }

    public FieldProblem(String field, String message) {
        this(field, message, List.of());
    }
}
