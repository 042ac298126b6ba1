package nl.wegwijs.support.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Dutch unless the client prefers English. */
class ProblemLanguageTest {

    @Test
    void dutchWithoutAPreferenceOrForALanguageNotOffered() {
        assertThat(of(null)).isEqualTo(ProblemLanguage.DUTCH);
        assertThat(of("de-DE")).isEqualTo(ProblemLanguage.DUTCH);
        assertThat(of("not a language list;;")).isEqualTo(ProblemLanguage.DUTCH);
    }

    @Test
    void englishWhenTheClientPrefersIt() {
        assertThat(of("en")).isEqualTo(Locale.ENGLISH);
        assertThat(of("en-GB,en;q=0.9,nl;q=0.5")).isEqualTo(Locale.ENGLISH);
        assertThat(of("nl-NL,en;q=0.5")).isEqualTo(ProblemLanguage.DUTCH);
    }

    private static Locale of(String acceptLanguage) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/some");
        if (acceptLanguage != null) {
            request.addHeader("Accept-Language", acceptLanguage);
        }
        return ProblemLanguage.of(request);
    }
}
