package nl.wegwijs.support.problem;

import java.util.List;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.validation.FieldError;

/**
 * One refused field of a request, named as the client wrote it, such as {@code referrals[0].partner}. The message is
 * a code of the problem bundles (with {@code args}), translated into the request's language, or a text that no
 * bundle holds, shown as it is. A Bean Validation error keeps its {@code constraint} (codes such as
 * {@code Pattern.phone}), resolved as Spring MVC's own validation errors are.
 */
public record FieldProblem(String field, String message, List<Object> args, MessageSourceResolvable constraint) {

    public FieldProblem {
        args = List.copyOf(args);
    }

    public FieldProblem(String field, String message, List<Object> args) {
        this(field, message, args, null);
    }

    public FieldProblem(String field, String message) {
        this(field, message, List.of());
    }

    /** A validation error, named by its field, its text resolved in the request's language. */
    public static FieldProblem of(FieldError error) {
        return new FieldProblem(error.getField(), error.getDefaultMessage(), List.of(), error);
    }
}
