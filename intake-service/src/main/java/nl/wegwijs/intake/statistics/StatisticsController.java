package nl.wegwijs.intake.statistics;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import nl.wegwijs.intake.newcomers.FollowUp;
import nl.wegwijs.intake.newcomers.Newcomer;
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

    StatisticsController(NewcomerStore store, MunicipalityTime time) {
        this.store = store;
        this.time = time;
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
        for (Newcomer newcomer : store.all()) {
            LocalDate intakeDate = newcomer.wasErased()
                    ? newcomer.anonymous().intakeDate()
                    : newcomer.profile().intakeDate();
            if (within(intakeDate, from, to)) {
                intakes++;
                String country = newcomer.wasErased()
                        ? newcomer.anonymous().countryOfOrigin()
                        : newcomer.profile().countryOfOrigin();
                byCountry.merge(country == null ? "" : country, 1, Integer::sum);
            }
            for (FollowUp followUp : newcomer.followUps()) {
                if (followUp.held() && within(followUp.heldOn(), from, to)) {
                    held++;
                }
                if (within(followUp.dueDate(), from, to)) {
                    due++;
                    if (!followUp.held() && followUp.dueDate().isBefore(today)) {
                        overdue++;
                    }
                }
            }
        }
        return new IntakeStatistics(from, to, intakes, byCountry, held, due, overdue);
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }
}
