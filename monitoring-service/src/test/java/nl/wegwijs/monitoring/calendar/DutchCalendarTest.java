package nl.wegwijs.monitoring.calendar;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DutchCalendarTest {

    private final DutchCalendar lustrum = new DutchCalendar(LiberationDay.LUSTRUM);
    private final DutchCalendar everyYear = new DutchCalendar(LiberationDay.EVERY_YEAR);

    /** The real calendars, written out: New Year, Good Friday, Easter Monday, King's Day, [Liberation Day], Ascension, Whit Monday, Christmas, Boxing Day. */
    static Stream<Arguments> realCalendars() {
        return Stream.of(
                Arguments.of(
                        2017,
                        List.of(
                                of(2017, 1, 1),
                                of(2017, 4, 14),
                                of(2017, 4, 17),
                                of(2017, 4, 27),
                                of(2017, 5, 25),
                                of(2017, 6, 5),
                                of(2017, 12, 25),
                                of(2017, 12, 26))),
                Arguments.of(
                        2024,
                        List.of(
                                of(2024, 1, 1),
                                of(2024, 3, 29),
                                of(2024, 4, 1),
                                of(2024, 4, 27),
                                of(2024, 5, 9),
                                of(2024, 5, 20),
                                of(2024, 12, 25),
                                of(2024, 12, 26))),
                // 27 April 2025 is a Sunday: King's Day moves to Saturday the 26th. 2025 is a lustrum year.
                Arguments.of(
                        2025,
                        List.of(
                                of(2025, 1, 1),
                                of(2025, 4, 18),
                                of(2025, 4, 21),
                                of(2025, 4, 26),
                                of(2025, 5, 5),
                                of(2025, 5, 29),
                                of(2025, 6, 9),
                                of(2025, 12, 25),
                                of(2025, 12, 26))),
                Arguments.of(
                        2026,
                        List.of(
                                of(2026, 1, 1),
                                of(2026, 4, 3),
                                of(2026, 4, 6),
                                of(2026, 4, 27),
                                of(2026, 5, 14),
                                of(2026, 5, 25),
                                of(2026, 12, 25),
                                of(2026, 12, 26))),
                Arguments.of(
                        2027,
                        List.of(
                                of(2027, 1, 1),
                                of(2027, 3, 26),
                                of(2027, 3, 29),
                                of(2027, 4, 27),
                                of(2027, 5, 6),
                                of(2027, 5, 17),
                                of(2027, 12, 25),
                                of(2027, 12, 26))),
                Arguments.of(
                        2028,
                        List.of(
                                of(2028, 1, 1),
                                of(2028, 4, 14),
                                of(2028, 4, 17),
                                of(2028, 4, 27),
                                of(2028, 5, 25),
                                of(2028, 6, 5),
                                of(2028, 12, 25),
                                of(2028, 12, 26))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realCalendars")
    void holidaysOfTheRealCalendarWithLiberationDayOnlyInLustrumYears(int year, List<LocalDate> expected) {
        assertThat(lustrum.holidays(year)).containsExactlyElementsOf(expected);
    }

    @Test
    void liberationDayEveryYearAddsFiveMayToEveryYear() {
        assertThat(everyYear.holidays(2017)).contains(of(2017, 5, 5)).hasSize(9);
        assertThat(everyYear.holidays(2024)).contains(of(2024, 5, 5)).hasSize(9);
        assertThat(everyYear.holidays(2026)).contains(of(2026, 5, 5)).hasSize(9);
        assertThat(lustrum.holidays(2030)).contains(of(2030, 5, 5));
        assertThat(lustrum.isWorkingDay(of(2026, 5, 5))).isTrue();
        assertThat(everyYear.isWorkingDay(of(2026, 5, 5))).isFalse();
    }

    @Test
    void easterSundayByTheGregorianComputus() {
        assertThat(DutchCalendar.easterSunday(2017)).isEqualTo(of(2017, 4, 16));
        assertThat(DutchCalendar.easterSunday(2024)).isEqualTo(of(2024, 3, 31));
        assertThat(DutchCalendar.easterSunday(2025)).isEqualTo(of(2025, 4, 20));
        assertThat(DutchCalendar.easterSunday(2026)).isEqualTo(of(2026, 4, 5));
        assertThat(DutchCalendar.easterSunday(2027)).isEqualTo(of(2027, 3, 28));
        assertThat(DutchCalendar.easterSunday(2028)).isEqualTo(of(2028, 4, 16));
        assertThat(DutchCalendar.easterSunday(2038)).isEqualTo(of(2038, 4, 25));
    }

    @Test
    void weekendsAndHolidaysAreNotWorkingDays() {
        assertThat(lustrum.isWorkingDay(of(2026, 4, 2))).as("Maundy Thursday").isTrue();
        assertThat(lustrum.isWorkingDay(of(2026, 4, 3))).as("Good Friday").isFalse();
        assertThat(lustrum.isWorkingDay(of(2026, 4, 4))).as("Saturday").isFalse();
        assertThat(lustrum.isWorkingDay(of(2026, 4, 5))).as("Easter Sunday").isFalse();
        assertThat(lustrum.isWorkingDay(of(2026, 4, 6))).as("Easter Monday").isFalse();
        assertThat(lustrum.isWorkingDay(of(2026, 4, 7)))
                .as("Tuesday after Easter")
                .isTrue();
    }

    @Test
    void plusWorkingDaysSkipsEasterAndKingsDay() {
        LocalDate maundyThursday = of(2026, 4, 2);
        assertThat(lustrum.plusWorkingDays(maundyThursday, 0)).isEqualTo(maundyThursday);
        assertThat(lustrum.plusWorkingDays(maundyThursday, 1)).isEqualTo(of(2026, 4, 7));
        assertThat(lustrum.plusWorkingDays(maundyThursday, 2)).isEqualTo(of(2026, 4, 8));
        // 15 working days after 8 April 2026 skip King's Day, Monday 27 April.
        assertThat(lustrum.plusWorkingDays(of(2026, 4, 8), 15)).isEqualTo(of(2026, 4, 30));
        // From Friday 20 December 2024 over Christmas and New Year.
        assertThat(lustrum.plusWorkingDays(of(2024, 12, 20), 5)).isEqualTo(of(2024, 12, 31));
        assertThat(lustrum.plusWorkingDays(of(2024, 12, 20), 6)).isEqualTo(of(2025, 1, 2));
        // Ascension Thursday and Whit Monday 2025.
        assertThat(lustrum.plusWorkingDays(of(2025, 5, 28), 1)).isEqualTo(of(2025, 5, 30));
        assertThat(lustrum.plusWorkingDays(of(2025, 6, 6), 1)).isEqualTo(of(2025, 6, 10));
    }

    @Test
    void plusWorkingDaysRefusesANegativeCount() {
        assertThatThrownBy(() -> lustrum.plusWorkingDays(of(2026, 1, 5), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void workingDaysBetweenCountsTheDaysAfterTheStartUpToTheEnd() {
        assertThat(lustrum.workingDaysBetween(of(2026, 4, 2), of(2026, 4, 8))).isEqualTo(2);
        assertThat(lustrum.workingDaysBetween(of(2026, 4, 8), of(2026, 4, 30))).isEqualTo(15);
        assertThat(lustrum.workingDaysBetween(of(2026, 4, 8), of(2026, 4, 8))).isZero();
        assertThat(lustrum.workingDaysBetween(of(2026, 4, 8), of(2026, 4, 1))).isZero();
        assertThat(lustrum.workingDaysBetween(of(2024, 12, 20), of(2025, 1, 2))).isEqualTo(6);
    }

    @Test
    void plusAndBetweenAreInverseOverAWholeYear() {
        LocalDate start = of(2027, 1, 4);
        for (int n = 0; n <= 250; n++) {
            assertThat(lustrum.workingDaysBetween(start, lustrum.plusWorkingDays(start, n)))
                    .isEqualTo(n);
        }
    }
}
