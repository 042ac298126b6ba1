package nl.wegwijs.support.memory;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** A cache's time read from the service's clock, so that a test moving its clock moves the cache's expiry too. */
public final class ClockTicker {

    private ClockTicker() {}

    public static Ticker of(Clock clock) {
        return () -> ChronoUnit.NANOS.between(Instant.EPOCH, clock.instant());
    }
}
