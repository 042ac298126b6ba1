package nl.wegwijs.portal.report;

import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A country code as the reader names it: "Syrië" in Dutch, "Syria" in English. Templates: {@code @countries}. */
@Component("countries")
public class Countries {

    public String name(String code) {
        if (code == null || code.isBlank()) {
            return "?";
        }
        Locale reader = "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? Locale.ENGLISH : new Locale("nl");
        String name = new Locale("", code).getDisplayCountry(reader);
        return name.isBlank() || name.equals(code) ? code : name + " (" + code + ")";
    }
}
