package nl.wegwijs.support.problem;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * The texts of problem documents, from message bundles: the shared {@code nl/wegwijs/support/problems} and a
 * service's own {@code <spring.application.name>-problems}. The bundle without a language suffix is Dutch; the
 * {@code _en} one English.
 */
public class ProblemMessages {

    private final MessageSource messages;

    public ProblemMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** The shared bundle, and a service's own when it has one. */
    public static ProblemMessages forService(String applicationName) {
        ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
        bundles.setBasenames("nl/wegwijs/support/problems", applicationName + "-problems");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        return new ProblemMessages(bundles);
    }

    public String text(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, code, locale);
    }

    /** Like {@link #text}, but {@code null} when no bundle holds the code. */
    String textOrNull(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, null, locale);
    }

    /**
     * A Bean Validation message: the bundles' text for its constraint ({@code NotBlank}, {@code Size}) where they hold
     * one, else the annotation's own message.
     */
    String resolve(MessageSourceResolvable error, Locale locale) {
        return messages.getMessage(error, locale);
    }

    public String title(HttpStatusCode status, Locale locale) {
        HttpStatus known = HttpStatus.resolve(status.value());
        String fallback = known == null ? String.valueOf(status.value()) : known.getReasonPhrase();
        return messages.getMessage("problem.title." + status.value(), null, fallback, locale);
    }
}
