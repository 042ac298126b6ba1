package nl.wegwijs.portal.inbox;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a worker fills in for a step. The note to the municipality travels as the step's reason, so the timeline
 * keeps it; a decline or failure puts its own reason first and the note after it.
 */
record StepForm(
        String note,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expectedStart,
        String reasonCode,
        String reason) {

    static final int MAX_NOTE_LENGTH = 500;

    /** The body of the partner API's step. */
    Map<String, Object> body(String action) {
        Map<String, Object> body = new HashMap<>();
        String text = switch (action) {
            case "decline", "fail" -> joined(reason, note);
            default -> trimmed(note);
        };
        if (text != null) {
            body.put("reason", text);
        }
        if ("decline".equals(action) && reasonCode != null && !reasonCode.isBlank()) {
            body.put("reasonCode", reasonCode);
        }
        if ("waitlist".equals(action) && expectedStart != null) {
            body.put("expectedStart", expectedStart.toString());
        }
        return body;
    }

    private static String joined(String first, String second) {
        String joined = Stream.of(trimmed(first), trimmed(second))
                .filter(part -> part != null)
                .collect(Collectors.joining("\n\n"));
        return joined.isEmpty() ? null : joined;
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
