package nl.wegwijs.platform.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that tests and the pilot replay move forward by hand. Shared by every service of one platform, so SLA
 * deadlines, timers and reports all see the same simulated time.
 */
public final class AdjustableClock extends Clock {

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    private AdjustableClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    public static AdjustableClock startingAt(Instant start) {
        return new AdjustableClock(new AtomicReference<>(start), ZoneOffset.UTC);
    }

    public void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("Time only moves forward, not by " + duration);
        }
        now.updateAndGet(instant -> instant.plus(duration));
    }

    public void set(Instant instant) {
        now.updateAndGet(current -> {
            if (instant.isBefore(current)) {
                throw new IllegalArgumentException("Time only moves forward: " + instant + " is before " + current);
            }
            return instant;
        });
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new AdjustableClock(now, zone);
    }
}
