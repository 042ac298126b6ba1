package nl.wegwijs.portal.inbox;

import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A refused step in plain words: the message key for the page, from the service's status and the field its problem
 * document names.
 */
final class StepRefusal {

    static String messageKey(HttpStatus status, Map<String, Object> problem) {
        if (status == HttpStatus.CONFLICT) {
            return "refused.not-now";
        }
        if (status == HttpStatus.BAD_REQUEST) {
            String text = String.valueOf(problem.getOrDefault("detail", "")) + problem.getOrDefault("errors", "");
            if (text.contains("reasonCode")) {
                return "refused.reason-code";
            }
            if (text.contains("expectedStart") || text.contains("waitWeeks")) {
                return "refused.expected-start";
            }
            if (text.contains("reason")) {
                return "refused.reason";
            }
            return "refused.invalid";
        }
        if (status == HttpStatus.FORBIDDEN) {
            return "refused.forbidden";
        }
        return "refused.unavailable";
    }

    private StepRefusal() {}
}
