package nl.wegwijs.contracts;

/**
 * A field of a contract record breaks its rule. The message names the field and never quotes a text value, so a
 * reader may pass it on, into a dead letter's headers for example, without carrying personal data there.
 */
public class InvalidFieldException extends IllegalArgumentException {

    public InvalidFieldException(String message) {
        super(message);
    }
}
