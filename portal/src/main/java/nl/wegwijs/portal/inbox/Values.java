package nl.wegwijs.portal.inbox;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;

/** A value of the partner API as one line of text: names and addresses joined, lists with commas, yes or no. */
public final class Values {

    public static String display(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Map<?, ?> map) {
            return map.values().stream()
                    .filter(Objects::nonNull)
                    .map(Values::display)
                    .filter(text -> !text.isBlank())
                    .collect(Collectors.joining(" "));
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(Values::display).collect(Collectors.joining(", "));
        }
        if (value instanceof Boolean yes) {
            boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
            return yes ? (english ? "yes" : "ja") : (english ? "no" : "nee");
        }
        return String.valueOf(value);
    }

    private Values() {}
}
