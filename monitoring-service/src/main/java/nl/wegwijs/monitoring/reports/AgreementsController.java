package nl.wegwijs.monitoring.reports;

import jakarta.validation.Valid;
import java.util.List;
import java.util.stream.Stream;
import nl.wegwijs.monitoring.calendar.WorkingTime;
import nl.wegwijs.monitoring.meetings.Agreement;
import nl.wegwijs.monitoring.meetings.AgreementRequest;
import nl.wegwijs.monitoring.meetings.AgreementStore;
import nl.wegwijs.monitoring.meetings.MeetingSchedule;
import nl.wegwijs.support.problem.InvalidInputException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The coordinator records at the regie-overleg what was agreed about an item on its agenda: it belongs to the current
 * meeting (recording again replaces it), and the next meeting's agenda shows it (docs/adr/0019).
 */
@RestController
@RequestMapping("/api/reports/regie-overleg/agreements")
class AgreementsController {

    private final ReportService reports;
    private final AgreementStore agreements;
    private final MeetingSchedule meetings;
    private final WorkingTime time;

    AgreementsController(ReportService reports, AgreementStore agreements, MeetingSchedule meetings, WorkingTime time) {
        this.reports = reports;
        this.agreements = agreements;
        this.meetings = meetings;
        this.time = time;
    }

    @PutMapping("/{item}")
    Agreement record(@PathVariable String item, @Valid @RequestBody AgreementRequest request) {
        if (!onAgenda(item)) {
            throw InvalidInputException.of("item", "field.not-on-agenda");
        }
        if (request.byWhen().isBefore(time.today())) {
            throw InvalidInputException.of("byWhen", "field.not-in-past");
        }
        Agreement agreement = new Agreement(
                item, meetings.current(), request.who().strip(), request.what().strip(), request.byWhen(), time.now());
        agreements.save(agreement);
        return agreement;
    }

    private boolean onAgenda(String item) {
        Agenda agenda = reports.regieOverleg();
        return Stream.of(agenda.stalledReferrals(), agenda.overdueFollowUps(), agenda.failedReferrals())
                .flatMap(List::stream)
                .anyMatch(entry -> entry.item().equals(item));
    }
}
