package nl.wegwijs.intake.newcomers;

import nl.wegwijs.support.problem.CodedException;

/** The newcomer, referral or follow-up does not exist: answered with 404. */
public class NotFoundException extends CodedException {

    public NotFoundException(String code, Object... args) {
        super(code, args);
    }
}
