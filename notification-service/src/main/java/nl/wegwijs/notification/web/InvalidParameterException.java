package nl.wegwijs.notification.web;

/** A query parameter the service cannot use; answered with 400 naming the parameter. */
public class InvalidParameterException extends RuntimeException {

    private final String field;

    public InvalidParameterException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
