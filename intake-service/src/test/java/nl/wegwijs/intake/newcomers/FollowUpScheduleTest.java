package nl.wegwijs.intake.newcomers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.wegwijs.contracts.directory.FollowUpPolicy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FollowUpScheduleTest {

    private static final FollowUpPolicy POLICY = new FollowUpPolicy(List.of(6, 18, 42), 20);

    @ParameterizedTest(name = "intake {0}: due {1}, {2}, {3}")
    @CsvSource({
        "2026-03-02, 2026-09-02, 2027-09-02, 2029-09-02",
        "2026-08-31, 2027-02-28, 2028-02-29, 2030-02-28",
        "2027-08-31, 2028-02-29, 2029-02-28, 2031-02-28",
        "2026-03-31, 2026-09-30, 2027-09-30, 2029-09-30",
        "2026-12-31, 2027-06-30, 2028-06-30, 2030-06-30",
        "2027-08-29, 2028-02-29, 2029-02-28, 2031-02-28",
        "2026-01-01, 2026-07-01, 2027-07-01, 2029-07-01"
    })
    void followUpsFallDueAt6And18And42MonthsClampedToTheMonthEnd(
            LocalDate intake, LocalDate first, LocalDate second, LocalDate third) {
        assertThat(FollowUpSchedule.forIntake(intake, POLICY))
                .extracting(FollowUp::number, FollowUp::dueDate)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, first),
                        org.assertj.core.groups.Tuple.tuple(2, second),
                        org.assertj.core.groups.Tuple.tuple(3, third));
    }

    @org.junit.jupiter.api.Test
    void aDirectoryWithOtherMonthsSchedulesThoseInstead() {
        assertThat(FollowUpSchedule.forIntake(LocalDate.parse("2026-01-15"), new FollowUpPolicy(List.of(3, 12), 10)))
                .extracting(FollowUp::dueDate)
                .containsExactly(LocalDate.parse("2026-04-15"), LocalDate.parse("2027-01-15"));
    }
}
