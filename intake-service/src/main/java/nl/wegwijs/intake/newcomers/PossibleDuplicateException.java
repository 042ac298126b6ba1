package nl.wegwijs.intake.newcomers;

import java.util.List;
import java.util.UUID;
import nl.wegwijs.support.problem.FieldProblem;

/** A new intake looks like a newcomer recorded before: answered with 409 naming that newcomer and the fields. */
public class PossibleDuplicateException extends RuntimeException {

    private final UUID existingNewcomerId;
    private final List<FieldProblem> problems;

    public PossibleDuplicateException(UUID existingNewcomerId, List<FieldProblem> problems) {
        super("possible duplicate of " + existingNewcomerId);
        this.existingNewcomerId = existingNewcomerId;
        this.problems = List.copyOf(problems);
    }

    public UUID existingNewcomerId() {
        return existingNewcomerId;
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
