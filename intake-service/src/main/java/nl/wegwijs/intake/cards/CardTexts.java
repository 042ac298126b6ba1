package nl.wegwijs.intake.cards;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * The newcomer-facing texts, one properties file per language under {@code cards/} for translators to review
 * (UTF-8). Placeholders are {@code {0}}, {@code {1}}, ... and are replaced literally, so apostrophes need no escaping.
 */
final class CardTexts {

    static final String RESOURCE = "/cards/card-texts_%s.properties";

    private final Map<CardLanguage, Properties> texts = new EnumMap<>(CardLanguage.class);

    CardTexts() {
        for (CardLanguage language : CardLanguage.values()) {
            texts.put(language, load(language));
        }
    }

    String text(CardLanguage language, String key, Object... args) {
        String text = texts.get(language).getProperty(key);
        if (text == null) {
            throw new IllegalStateException("No card text " + key + " in " + language.code());
        }
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    static Properties load(CardLanguage language) {
        String resource = RESOURCE.formatted(language.code());
        try (InputStream in = CardTexts.class.getResourceAsStream(resource)) {
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
