package nl.wegwijs.monitoring.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.wegwijs.monitoring.calendar.WorkingTime;
import nl.wegwijs.support.problem.InvalidInputException;
import nl.wegwijs.support.web.DateParameters;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reports for the municipality's coordinator, as JSON or, with {@code Accept: text/csv}, as CSV with the same
 * columns. Without {@code from} and {@code to} the partner report covers the last 90 days.
 */
@RestController
@RequestMapping("/api/reports")
class ReportsController {

    static final String TEXT_CSV = "text/csv";
    private static final int DEFAULT_WINDOW_DAYS = 90;
    private static final int MAX_WINDOW_YEARS = 10;

    private final ReportService reports;
    private final ContactExpectations expectations;
    private final WorkingTime time;

    ReportsController(ReportService reports, ContactExpectations expectations, WorkingTime time) {
        this.reports = reports;
        this.expectations = expectations;
        this.time = time;
    }

    /** For the newcomer's agreements card (intake service); no personal data, only the newcomer's referral ids. */
    @GetMapping(value = "/contact-expectations", produces = MediaType.APPLICATION_JSON_VALUE)
    List<ContactExpectation> contactExpectations(@RequestParam UUID newcomerId) {
        return expectations.forNewcomer(newcomerId);
    }

    @GetMapping(value = "/partners", produces = MediaType.APPLICATION_JSON_VALUE)
    PartnerReport partners(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate end = end(to);
        LocalDate start = start(from, end);
        checkWindow(start, end);
        return reports.partners(start, end);
    }

    private LocalDate end(LocalDate to) {
        return to == null ? time.today() : DateParameters.within("to", to);
    }

    private static LocalDate start(LocalDate from, LocalDate end) {
        return from == null ? end.minusDays(DEFAULT_WINDOW_DAYS) : DateParameters.within("from", from);
    }

    private static void checkWindow(LocalDate start, LocalDate end) {
        if (start.isAfter(end)) {
            throw InvalidInputException.of("from", "field.from-after-to");
        }
        if (start.isBefore(end.minusYears(MAX_WINDOW_YEARS))) {
            throw InvalidInputException.of("from", "field.window-too-long", MAX_WINDOW_YEARS);
        }
    }

    @GetMapping(value = "/partners", produces = TEXT_CSV)
    String partnersCsv(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return lines(
                PartnerRow.CSV_HEADER, partners(from, to).partners().stream().map(PartnerRow::csv));
    }

    /** Open and stalled referrals at the end of every week of the window (default as for the partner report). */
    @GetMapping(value = "/open-over-time", produces = MediaType.APPLICATION_JSON_VALUE)
    List<OverTimePoint> openOverTime(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate end = end(to);
        LocalDate start = start(from, end);
        checkWindow(start, end);
        return reports.overTime(start, end);
    }

    @GetMapping(value = "/open-over-time", produces = TEXT_CSV)
    String openOverTimeCsv(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return lines(OverTimePoint.CSV_HEADER, openOverTime(from, to).stream().map(OverTimePoint::csv));
    }

    @GetMapping(value = "/regie-overleg", produces = MediaType.APPLICATION_JSON_VALUE)
    Agenda regieOverleg() {
        return reports.regieOverleg();
    }

    @GetMapping(value = "/regie-overleg", produces = TEXT_CSV)
    String regieOverlegCsv() {
        Agenda agenda = reports.regieOverleg();
        return lines(
                AgendaItem.CSV_HEADER,
                Stream.of(agenda.stalledReferrals(), agenda.overdueFollowUps(), agenda.failedReferrals())
                        .flatMap(List::stream)
                        .map(AgendaItem::csv));
    }

    private static String lines(String header, Stream<String> rows) {
        return Stream.concat(Stream.of(header), rows).collect(Collectors.joining("\r\n", "", "\r\n"));
    }
}
