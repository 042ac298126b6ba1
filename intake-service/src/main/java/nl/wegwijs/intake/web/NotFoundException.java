package nl.wegwijs.intake.web;

/** The newcomer, referral or follow-up does not exist: answered with 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String detail) {
        super(detail);
    }
}
