package nl.wegwijs.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class DatesTest {

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void datesAreWrittenAsDutchReadersExpect() {
        LocaleContextHolder.setLocale(new Locale("nl"));
        assertThat(new Dates().format(LocalDate.of(2026, 11, 29))).isEqualTo("29 november 2026");
        // An instant late on 30 November UTC is 1 December in Zeist.
        assertThat(new Dates().format("2026-11-30T23:30:00Z")).isEqualTo("1 december 2026");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(new Dates().format("2026-11-29")).isEqualTo("29 November 2026");
    }
}
