package nl.wegwijs.referral.lifecycle;

import nl.wegwijs.support.problem.CodedException;

/** A step lacks a detail it needs, or a detail is out of range; names the field. */
public class MissingDetail extends CodedException {

    private final String field;

    /** {@code code} names the field message in the service's problem bundles. */
    public MissingDetail(String field, String code, Object... args) {
        super(code, args);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
