package nl.wegwijs.referral.lifecycle;

/** A step lacks a detail it needs, or a detail is out of range; names the field. */
public class MissingDetail extends RuntimeException {

    private final String field;

    public MissingDetail(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
