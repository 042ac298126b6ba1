package nl.wegwijs.support.problem;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;

/**
 * The language of a problem document, from the request's {@code Accept-Language}: English when the client prefers
 * it, Dutch otherwise. Dutch is the default because the users are the municipality's and its partners' staff, as
 * for the mails (docs/design.md).
 */
public final class ProblemLanguage {

    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    public static final List<Locale> SUPPORTED = List.of(DUTCH, Locale.ENGLISH);

    private ProblemLanguage() {}

    public static Locale of(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (header == null || header.isBlank()) {
            return DUTCH;
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return best == null ? DUTCH : best;
        } catch (IllegalArgumentException unreadable) {
            return DUTCH;
        }
    }
}
