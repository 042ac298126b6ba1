package nl.wegwijs.support.problem;

/**
 * 403 for a reason the role check cannot see, such as a partner's token that names no partner; its text comes from
 * the bundles in the request's language.
 */
public class ForbiddenException extends CodedException {

    public ForbiddenException(String code, Object... args) {
        super(code, args);
    }
}
