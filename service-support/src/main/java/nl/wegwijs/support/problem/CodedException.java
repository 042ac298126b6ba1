package nl.wegwijs.support.problem;

import java.util.Arrays;

/**
 * An exception whose problem detail is a message of the problem bundles, so that it reaches the client in the
 * request's language: {@code new NotFoundException("newcomer.not-found", id)}. The arguments must hold no personal
 * data: the message also reaches the logs.
 */
public abstract class CodedException extends RuntimeException {

    private final String code;
    private final transient Object[] args;

    protected CodedException(String code, Object... args) {
        super(code + Arrays.toString(args));
        this.code = code;
        this.args = args.clone();
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }
}
