package nl.wegwijs.contracts.directory;

/** The partner directory cannot be used; the message names the partner (or the municipality) and the field. */
public class InvalidDirectoryException extends RuntimeException {

    public InvalidDirectoryException(String message) {
        super("Invalid partner directory: " + message);
    }

    public InvalidDirectoryException(String message, Throwable cause) {
        super("Invalid partner directory: " + message, cause);
    }
}
