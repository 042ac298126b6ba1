package nl.wegwijs.contracts.sealing;

/** A sealed event whose newcomer's key is destroyed: the newcomer was erased. Its message holds no personal data. */
public class NewcomerKeyGone extends RuntimeException {

    public NewcomerKeyGone(String ceType) {
        super("The key of the newcomer of a " + ceType + " is gone: erased");
    }
}
