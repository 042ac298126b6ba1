package nl.wegwijs.notification;

import java.time.Instant;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Replaces the service's system clock: 2026-03-25 07:00 in Zeist, moved forward only by the tests. */
@TestConfiguration
class TestClockConfig {

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock(Instant.parse("2026-03-25T06:00:00Z"));
    }
}
