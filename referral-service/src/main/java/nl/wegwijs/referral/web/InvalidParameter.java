package nl.wegwijs.referral.web;

/** A request parameter or field is out of range; answered with 400 naming it. */
public class InvalidParameter extends RuntimeException {

    private final String field;

    public InvalidParameter(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
