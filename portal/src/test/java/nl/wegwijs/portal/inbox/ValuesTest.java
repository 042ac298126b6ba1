package nl.wegwijs.portal.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class ValuesTest {

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aValueOfThePartnerApiIsOneLineOfText() {
        LocaleContextHolder.setLocale(new Locale("nl"));
        Map<String, Object> name = new LinkedHashMap<>();
        name.put("givenNames", "Amal");
        name.put("familyName", "Darwish");
        Map<String, Object> interpreter = new LinkedHashMap<>();
        interpreter.put("needed", true);
        interpreter.put("language", "ar");

        assertThat(Values.display(name)).isEqualTo("Amal Darwish");
        assertThat(Values.display(List.of("ar", "en"))).isEqualTo("ar, en");
        assertThat(Values.display(interpreter)).isEqualTo("ja ar");
        assertThat(Values.display(null)).isEmpty();
    }
}
