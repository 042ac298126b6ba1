package nl.wegwijs.intake.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.wegwijs.intake.newcomers.AnonymousIntake.FollowUpDates;
import nl.wegwijs.intake.newcomers.AnonymousIntakes;
import nl.wegwijs.intake.newcomers.NewcomerStore;
import nl.wegwijs.support.problem.InvalidInputException;
import nl.wegwijs.support.time.MunicipalityTime;
import nl.wegwijs.support.web.DateParameters;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Statistics of intakes and follow-up conversations for the coordinator's report (docs/adr/0019). */
@RestController
class StatisticsController {

    private final NewcomerStore store;
    private final MunicipalityTime time;
    private final AnonymousIntakes anonymousIntakes;

    StatisticsController(NewcomerStore store, MunicipalityTime time, AnonymousIntakes anonymousIntakes) {
        this.store = store;
        this.time = time;
        this.anonymousIntakes = anonymousIntakes;
    }

    @GetMapping("/api/statistics/intakes")
    IntakeStatistics intakes(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        DateParameters.within("from", from);
        DateParameters.within("to", to);
        if (from.isAfter(to)) {
            throw InvalidInputException.of("from", "field.from-after-to");
        }
        LocalDate today = time.today();
        Map<String, Integer> byCountry = new TreeMap<>();
        int intakes = 0;
        int held = 0;
        int due = 0;
        int overdue = 0;
        List<Counted> counted = new ArrayList<>();
        store.all().stream()
                .filter(newcomer -> !newcomer.wasErased())
                .forEach(newcomer -> counted.add(new Counted(
                        newcomer.profile().intakeDate(),
                        newcomer.profile().countryOfOrigin(),
                        newcomer.followUps().stream()
                                .map(f -> new FollowUpDates(f.dueDate(), f.heldOn()))
                                .toList())));
        anonymousIntakes
                .all()
                .forEach(erased -> counted.add(new Counted(
                        erased.profile().intakeDate(), erased.profile().countryOfOrigin(), erased.followUps())));
        for (Counted intake : counted) {
            if (within(intake.intakeDate(), from, to)) {
                intakes++;
                byCountry.merge(intake.country() == null ? "" : intake.country(), 1, Integer::sum);
            }
            for (FollowUpDates followUp : intake.followUps()) {
                if (followUp.heldOn() != null && within(followUp.heldOn(), from, to)) {
                    held++;
                }
                if (within(followUp.dueDate(), from, to)) {
                    due++;
                    if (followUp.heldOn() == null && followUp.dueDate().isBefore(today)) {
                        overdue++;
                    }
                }
            }
        }
        return new IntakeStatistics(from, to, intakes, byCountry, held, due, overdue);
    }

    /** One intake as statistics count it, recorded or erased alike. */
    private record Counted(LocalDate intakeDate, String country, List<FollowUpDates> followUps) {}

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }
}
