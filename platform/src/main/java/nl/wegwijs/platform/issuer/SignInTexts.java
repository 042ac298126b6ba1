package nl.wegwijs.platform.issuer;

import jakarta.servlet.http.HttpServletRequest;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.springframework.web.util.HtmlUtils;

/** The sign-in pages' texts in the reader's language: Dutch, or English when the browser asks for it first. */
record SignInTexts(Locale locale, ResourceBundle bundle) {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final List<String> LANGUAGES = List.of("nl", "en");
    // Without this, a Dutch reader on a JVM whose default locale is English would get the English bundle.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    static SignInTexts of(HttpServletRequest request) {
        Locale locale = language(request.getHeader("Accept-Language"));
        return new SignInTexts(locale, ResourceBundle.getBundle("issuer/sign-in", locale, NO_FALLBACK));
    }

    private static Locale language(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return DUTCH;
        }
        try {
            String tag = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
            return tag == null ? DUTCH : Locale.forLanguageTag(tag);
        } catch (IllegalArgumentException malformed) {
            return DUTCH;
        }
    }

    /** The text, HTML-escaped, with its arguments filled in. */
    String html(String key, Object... arguments) {
        String text = bundle.getString(key);
        return HtmlUtils.htmlEscape(arguments.length == 0 ? text : new MessageFormat(text, locale).format(arguments));
    }

    String language() {
        return locale.getLanguage();
    }
}
