package nl.wegwijs.portal.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Dates as readers expect them: "29 november 2026" in Dutch, "29 November 2026" in English. Templates: {@code @dates}. */
@Component("dates")
public class Dates {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    public String format(Object value) {
        if (value == null) {
            return "";
        }
        LocalDate date = value instanceof LocalDate day
                ? day
                : value instanceof Instant instant ? instant.atZone(ZONE).toLocalDate() : parse(String.valueOf(value));
        return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale()));
    }

    private static LocalDate parse(String text) {
        return text.length() > 10 ? Instant.parse(text).atZone(ZONE).toLocalDate() : LocalDate.parse(text);
    }

    private static Locale locale() {
        Locale locale = LocaleContextHolder.getLocale();
        return "en".equals(locale.getLanguage()) ? Locale.ENGLISH : new Locale("nl");
    }
}
