package nl.wegwijs.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The cohort the replay feeds in: the report's figures by construction, every intake on a Dutch working day. */
class ZeistCohortTest {

    /** The Dutch national holidays from December 2016 to December 2017, written out by hand (no lustrum in 2017). */
    private static final List<LocalDate> HOLIDAYS = List.of(
            LocalDate.of(2016, 12, 25),
            LocalDate.of(2016, 12, 26),
            LocalDate.of(2017, 1, 1),
            LocalDate.of(2017, 4, 14),
            LocalDate.of(2017, 4, 16),
            LocalDate.of(2017, 4, 17),
            LocalDate.of(2017, 4, 27),
            LocalDate.of(2017, 5, 25),
            LocalDate.of(2017, 6, 4),
            LocalDate.of(2017, 6, 5),
            LocalDate.of(2017, 12, 25),
            LocalDate.of(2017, 12, 26));

    private final List<ZeistCohort.Newcomer> newcomers =
            ZeistCohort.of(ZeistDemo.SEED).newcomers();

    @Test
    void everyIntakeFallsOnAWorkingDay() {
        assertThat(newcomers)
                .hasSize(75)
                .allSatisfy(n -> assertThat(n.intakeDate())
                        .as("intake of newcomer %d", n.index())
                        .isBetween(ZeistCohort.FIRST_INTAKE, ZeistCohort.LAST_INTAKE)
                        .isNotIn(HOLIDAYS)
                        .satisfies(
                                day -> assertThat(day.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)));
    }

    @Test
    void theCalendarKnowsTheHolidaysOfThePilot() {
        for (LocalDate day = LocalDate.of(2016, 12, 1); day.getYear() < 2018; day = day.plusDays(1)) {
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            assertThat(PilotCalendar.isWorkingDay(day))
                    .as(day.toString())
                    .isEqualTo(!weekend && !HOLIDAYS.contains(day));
        }
        assertThat(PilotCalendar.isHoliday(LocalDate.of(2020, 5, 5))).isTrue();
        assertThat(PilotCalendar.isHoliday(LocalDate.of(2014, 4, 26)))
                .as("King's Day on a Sunday moves back")
                .isTrue();
        assertThat(ZeistCohort.workingDay(LocalDate.of(2017, 4, 14))).isEqualTo(LocalDate.of(2017, 4, 18));
        assertThat(ZeistCohort.workingDay(LocalDate.of(2016, 12, 24))).isEqualTo(LocalDate.of(2016, 12, 27));
    }

    @Test
    void theCohortIsBuiltToTheReportsReferralFigures() {
        Map<String, Long> referred = newcomers.stream()
                .flatMap(n -> n.referrals().stream())
                .collect(Collectors.groupingBy(ZeistCohort.ReferralPlan::partner, Collectors.counting()));
        assertThat(referred)
                .isEqualTo(ZeistPilotReplay.PILOT_REFERRED.entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> (long) e.getValue())));
        Map<String, Long> origins =
                newcomers.stream().collect(Collectors.groupingBy(ZeistCohort.Newcomer::country, Collectors.counting()));
        assertThat(origins).isEqualTo(Map.of("SY", 48L, "ER", 23L, "AF", 2L, "IQ", 1L, "CD", 1L));
    }
}
