package nl.wegwijs.intake.newcomers;

import java.util.List;
import nl.wegwijs.support.problem.FieldProblem;

/** Well-formed input that a business rule refuses, such as a referral without consent: answered with 422. */
public class RefusedException extends RuntimeException {

    private final List<FieldProblem> problems;

    public RefusedException(List<FieldProblem> problems) {
        super("refused: " + problems.stream().map(FieldProblem::field).toList());
        this.problems = List.copyOf(problems);
    }

    public static RefusedException of(String field, String message) {
        return new RefusedException(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
