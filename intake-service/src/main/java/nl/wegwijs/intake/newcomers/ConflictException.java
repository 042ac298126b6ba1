package nl.wegwijs.intake.newcomers;

import nl.wegwijs.support.problem.CodedException;

/** The request does not fit the current state, such as cancelling a cancelled referral: answered with 409. */
public class ConflictException extends CodedException {

    private final String field;

    public ConflictException(String field, String code, Object... args) {
        super(code, args);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
