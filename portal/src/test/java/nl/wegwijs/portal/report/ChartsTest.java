package nl.wegwijs.portal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The charts carry their numbers as text and tell their series apart by pattern, not by colour alone. */
class ChartsTest {

    private final Charts charts = new Charts(messages());

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void theLatencyChartLabelsEveryBarAndHatchesThe90thPercentile() {
        LocaleContextHolder.setLocale(new Locale("nl"));
        String svg = charts.pickUpLatency(
                List.of(
                        new ReportData.PartnerRow("RSD", 2, 2, 1, 0, 0, 1, 0, 0, 12, 40),
                        new ReportData.PartnerRow("CJG", 1, 1, 0, 0, 0, 0, 0, 0, null, null)),
                code -> code.equals("RSD") ? "Regionale <Sociale> Dienst" : "CJG");

        assertThat(svg)
                .startsWith("<svg")
                .contains("<title id=\"chart-latency-title\">Oppaktijd per partner, in werkdagen</title>")
                .contains("mediaan 12")
                .contains("p90 40")
                .contains("fill=\"url(#hatch)\"")
                .contains("<pattern id=\"hatch\"")
                .contains("Regionale &lt;Sociale&gt; Dienst")
                .contains("nog geen enkele opgepakt")
                .doesNotContain("style=");
    }

    @Test
    void theOverTimeChartDrawsStalledDashedWithSquaresBesideOpenWithCircles() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        String svg = charts.openOverTime(List.of(
                new ReportData.OverTimePoint(LocalDate.of(2017, 6, 1), 40, 10),
                new ReportData.OverTimePoint(LocalDate.of(2017, 6, 8), 44, 12)));

        assertThat(svg)
                .contains("stroke-dasharray=\"8 4\"")
                .contains("<title>2017-06-08: Open 44</title>")
                .contains("<title>2017-06-08: Stalled 12</title>")
                .contains(">1 Jun<")
                .contains(">Stalled<");
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/portal", "messages/municipality");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
