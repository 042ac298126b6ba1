package nl.wegwijs.support.problem;

import java.util.List;
import org.springframework.validation.Errors;

/** Input that is malformed or breaks a field rule, in a body or a parameter: answered with 400 naming the fields. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super("invalid input: " + problems.stream().map(FieldProblem::field).toList());
        this.problems = List.copyOf(problems);
    }

    /** One refused field; {@code message} is a code of the problem bundles or a plain text. */
    public static InvalidInputException of(String field, String message, Object... args) {
        return new InvalidInputException(List.of(new FieldProblem(field, message, List.of(args))));
    }

    /** Every field error of a validation, such as {@code SpringValidatorAdapter}'s. */
    public static InvalidInputException of(Errors errors) {
        return new InvalidInputException(
                errors.getFieldErrors().stream().map(FieldProblem::of).toList());
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
