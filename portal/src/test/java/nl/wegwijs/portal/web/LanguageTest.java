package nl.wegwijs.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.LocaleResolver;

class LanguageTest {

    private final LocaleResolver resolver = new Language().localeResolver();

    @Test
    void dutchWithoutAnAcceptLanguageHeaderWhateverTheServersOwnLocale() {
        // A mock request, like Tomcat's, answers a locale of its own (English) when no header names one.
        MockHttpServletRequest request = new MockHttpServletRequest();
        assertThat(request.getLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(resolver.resolveLocale(request)).isEqualTo(Language.DUTCH);
    }

    @Test
    void englishWhenTheBrowserAsksForIt() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setPreferredLocales(List.of(Locale.UK, Locale.ENGLISH));
        assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.ENGLISH);
    }
}
