package nl.wegwijs.notification.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The texts of the notices to newcomers, one properties file per language under {@code notification/notices/} for
 * translators to review (UTF-8), as the agreements card's (ADR 22). Placeholders {@code {0}}, {@code {1}} are replaced
 * literally, so apostrophes need no escaping.
 */
final class NoticeTexts {

    static final List<String> LANGUAGES = List.of("nl", "en", "ar", "ti", "prs");
    static final String RESOURCE = "/notification/notices/notice-texts_%s.properties";

    private final Map<String, Properties> texts =
            LANGUAGES.stream().collect(Collectors.toMap(Function.identity(), NoticeTexts::load));

    /** The text in the language, Dutch for a language without texts. */
    String text(String language, String key, Object... args) {
        String text = texts.getOrDefault(language, texts.get("nl")).getProperty(key);
        if (text == null) {
            throw new IllegalStateException("No notice text " + key + " in " + language);
        }
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    static Properties load(String language) {
        String resource = RESOURCE.formatted(language);
        try (InputStream in = NoticeTexts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
