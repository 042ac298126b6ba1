package nl.wegwijs.intake.web;

/** The request does not fit the current state, such as cancelling a cancelled referral: answered with 409. */
public class ConflictException extends RuntimeException {

    private final String field;

    public ConflictException(String field, String detail) {
        super(detail);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
