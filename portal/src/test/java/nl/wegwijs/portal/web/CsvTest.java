package nl.wegwijs.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quotesWhatWouldBreakALineAndDefusesWhatASpreadsheetWouldRun() {
        String csv = Csv.of(
                List.of("naam", "notitie"),
                List.of(
                        List.of("Amal Darwish", "Belt, \"morgen\""),
                        List.of("=HYPERLINK(\"x\")", "regel 1\nregel 2"),
                        List.of("-2", "")));

        assertThat(csv)
                .isEqualTo("naam,notitie\r\n"
                        + "Amal Darwish,\"Belt, \"\"morgen\"\"\"\r\n"
                        + "\"'=HYPERLINK(\"\"x\"\")\",\"regel 1\nregel 2\"\r\n"
                        + "'-2,\r\n");
    }
}
