package nl.wegwijs.portal.report;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.wegwijs.portal.directory.Partners;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The coordinator's report for a chosen period (the last 90 days unless chosen): the services' figures as tables,
 * two charts and a CSV download. A period that ends before it starts is turned round.
 */
@Controller
class ReportController {

    private static final ZoneId MUNICIPALITY = ZoneId.of("Europe/Amsterdam");
    private static final int DEFAULT_DAYS = 90;

    private final ReportApi api;
    private final Charts charts;
    private final ReportCsv csv;
    private final Partners partners;
    private final Clock clock;

    ReportController(ReportApi api, Charts charts, ReportCsv csv, Partners partners, Clock clock) {
        this.api = api;
        this.charts = charts;
        this.csv = csv;
        this.partners = partners;
        this.clock = clock;
    }

    @GetMapping("/rapportage")
    String page(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        ReportData report = report(from, to);
        model.addAttribute("report", report);
        model.addAttribute("latencyChart", charts.pickUpLatency(report.partners(), partners::name));
        model.addAttribute("overTimeChart", charts.openOverTime(report.overTime()));
        model.addAttribute("partners", partners);
        return "report";
    }

    @GetMapping("/rapportage.csv")
    ResponseEntity<String> download(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        ReportData report = report(from, to);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("rapportage-" + report.from() + "-" + report.to() + ".csv")
                                .build()
                                .toString())
                .body(csv.of(report));
    }

    private ReportData report(LocalDate from, LocalDate to) {
        LocalDate end = to == null ? LocalDate.now(clock.withZone(MUNICIPALITY)) : to;
        LocalDate start = from == null ? end.minusDays(DEFAULT_DAYS) : from;
        return start.isAfter(end) ? api.report(end, start) : api.report(start, end);
    }
}
