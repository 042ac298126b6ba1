package nl.wegwijs.intake.web;

/** The newcomer was erased: only anonymous statistics remain. Answered with 410. */
public class GoneException extends RuntimeException {

    public GoneException(String detail) {
        super(detail);
    }
}
