package nl.wegwijs.intake.newcomers;

import nl.wegwijs.support.problem.CodedException;

/** The newcomer was erased: only anonymous statistics remain. Answered with 410. */
public class GoneException extends CodedException {

    public GoneException(String code, Object... args) {
        super(code, args);
    }
}
