package nl.wegwijs.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The translators' files of the notices: the same keys and placeholders in every language, clean right-to-left texts. */
class NoticeTextsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
    /** Left-to-right mark, embedding, override and isolate: stray ones break the layout of a right-to-left text. */
    private static final Pattern LEFT_TO_RIGHT_CONTROLS = Pattern.compile("[\\u200E\\u202A\\u202D\\u2066]");

    @Test
    void everyLanguageHasEveryDutchKeyAndNoOtherWithTheSamePlaceholders() {
        Properties dutch = NoticeTexts.load("nl");
        assertThat(dutch.stringPropertyNames()).contains("subject", "about", "accepted", "declined", "questions");
        for (String language : NoticeTexts.LANGUAGES) {
            Properties texts = NoticeTexts.load(language);
            assertThat(texts.stringPropertyNames()).as(language).isEqualTo(dutch.stringPropertyNames());
            for (String key : dutch.stringPropertyNames()) {
                assertThat(placeholders(texts.getProperty(key)))
                        .as(language + " " + key)
                        .isEqualTo(placeholders(dutch.getProperty(key)));
                assertThat(texts.getProperty(key)).as(language + " " + key).isNotBlank();
            }
        }
    }

    @Test
    void arabicAndDariCarryNoLeftToRightMarksAndAreInArabicScriptTigrinyaInEthiopic() {
        for (String language : List.of("ar", "prs", "ti")) {
            Character.UnicodeScript script =
                    language.equals("ti") ? Character.UnicodeScript.ETHIOPIC : Character.UnicodeScript.ARABIC;
            Properties texts = NoticeTexts.load(language);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                assertThat(LEFT_TO_RIGHT_CONTROLS.matcher(text).find())
                        .as(language + " " + key)
                        .isFalse();
                if (text.replaceAll("\\{\\d+}", "").codePoints().anyMatch(Character::isLetter)) {
                    assertThat(text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == script))
                            .as(language + " " + key)
                            .isTrue();
                }
            }
        }
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
