package nl.wegwijs.portal.newcomers;

import java.util.Map;

/**
 * The form's one choice for status messages (ADR 23): not asked (blank), {@code NONE}, {@code EMAIL} or {@code SMS},
 * and the intake API's {@code statusMessages} it stands for.
 */
final class StatusMessagesChoice {

    private StatusMessagesChoice() {}

    /** The API's value; null for not asked, which a merge patch reads as "remove". */
    static Map<String, Object> toApi(String choice) {
        if (IntakeForm.isBlank(choice)) {
            return null;
        }
        return choice.equals("NONE") ? Map.of("consent", false) : Map.of("consent", true, "channel", choice);
    }

    /** The form's choice for the profile's {@code statusMessages}. */
    static String of(Object statusMessages) {
        if (!(statusMessages instanceof Map<?, ?> messages)) {
            return null;
        }
        return Boolean.TRUE.equals(messages.get("consent")) ? String.valueOf(messages.get("channel")) : "NONE";
    }
}
