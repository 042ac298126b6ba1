package nl.wegwijs.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetriesTest {

    @Test
    void theBackOffDoublesFromTheFirstAndStopsGrowingAtTheMaximum() {
        NotificationSettings.Retries retries =
                new NotificationSettings.Retries(12, Duration.ofMinutes(1), 2, Duration.ofHours(2));

        assertThat(retries.backoffAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(retries.backoffAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(retries.backoffAfter(5)).isEqualTo(Duration.ofMinutes(16));
        assertThat(retries.backoffAfter(7)).isEqualTo(Duration.ofMinutes(64));
        assertThat(retries.backoffAfter(8)).isEqualTo(Duration.ofHours(2));
        assertThat(retries.backoffAfter(60)).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void fewerThanOneAttemptIsRefusedAtStart() {
        assertThatThrownBy(() -> new NotificationSettings.Retries(0, Duration.ofMinutes(1), 2, Duration.ofHours(2)))
                .hasMessageContaining("max-attempts");
    }
}
