package nl.wegwijs.contracts;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether conversations need an interpreter, and for which language (an ISO 639 code). */
public record InterpreterNeed(@JsonProperty(required = true) boolean needed, String language) {

    public InterpreterNeed {
        if (needed) {
            Require.text(language, "interpreter language");
        }
    }

    public static InterpreterNeed none() {
        return new InterpreterNeed(false, null);
    }

    public static InterpreterNeed in(String language) {
        return new InterpreterNeed(true, language);
    }
}
