package nl.wegwijs.support.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** "Today" is the municipality's date, not the machine's. */
class MunicipalityTimeTest {

    @Test
    void justAfterMidnightInZeistIsTheNextDayThereWhileUtcIsStillTheDayBefore() {
        Instant halfPastMidnightSummerTime = Instant.parse("2026-03-30T22:30:00Z");
        MunicipalityTime time = new MunicipalityTime(
                Clock.fixed(halfPastMidnightSummerTime, ZoneOffset.UTC), ZoneId.of("Europe/Amsterdam"));

        assertThat(time.today()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(time.now()).isEqualTo(halfPastMidnightSummerTime);
    }
}
