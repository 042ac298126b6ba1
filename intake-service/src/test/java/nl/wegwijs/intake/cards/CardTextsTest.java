package nl.wegwijs.intake.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The translators' files: the same keys and placeholders in every language, and clean right-to-left texts. */
class CardTextsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
    /** Left-to-right mark, embedding, override and isolate: stray ones break the layout of a right-to-left text. */
    private static final Pattern LEFT_TO_RIGHT_CONTROLS = Pattern.compile("[\\u200E\\u202A\\u202D\\u2066]");

    @Test
    void everyLanguageHasEveryDutchKeyAndNoOtherWithTheSamePlaceholders() {
        Properties dutch = CardTexts.load(CardLanguage.NL);
        assertThat(dutch).isNotEmpty();
        for (CardLanguage language : CardLanguage.values()) {
            Properties texts = CardTexts.load(language);
            assertThat(texts.stringPropertyNames()).as(language.code()).isEqualTo(dutch.stringPropertyNames());
            for (String key : dutch.stringPropertyNames()) {
                assertThat(placeholders(texts.getProperty(key)))
                        .as(language.code() + " " + key)
                        .isEqualTo(placeholders(dutch.getProperty(key)));
                assertThat(texts.getProperty(key))
                        .as(language.code() + " " + key)
                        .isNotBlank();
            }
        }
    }

    @Test
    void arabicAndDariTextsCarryNoLeftToRightMarksAndAreWrittenInArabicScript() {
        for (CardLanguage language : Set.of(CardLanguage.AR, CardLanguage.PRS)) {
            Properties texts = CardTexts.load(language);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                assertThat(LEFT_TO_RIGHT_CONTROLS.matcher(text).find())
                        .as(language.code() + " " + key)
                        .isFalse();
                if (hasLetters(text)) {
                    assertThat(text.codePoints()
                                    .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC))
                            .as(language.code() + " " + key)
                            .isTrue();
                }
            }
        }
    }

    @Test
    void tigrinyaTextsAreWrittenInEthiopicScript() {
        Properties texts = CardTexts.load(CardLanguage.TI);
        texts.stringPropertyNames().stream()
                .filter(key -> hasLetters(texts.getProperty(key)))
                .forEach(key -> assertThat(texts.getProperty(key)
                                .codePoints()
                                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ETHIOPIC))
                        .as(key)
                        .isTrue());
    }

    /** Texts of placeholders and punctuation alone (a date's order, a list's separator) have no script. */
    private static boolean hasLetters(String text) {
        return text.replaceAll("\\{\\d+}", "").codePoints().anyMatch(Character::isLetter);
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
