package nl.wegwijs.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * How much each benchmark does. {@link #FULL} is the documented run; {@link #SMOKE} is the same code on a tiny scale,
 * run by the test command so the benchmarks cannot rot.
 */
record Scale(
        String name,
        int baselineRecords,
        int baselineStoreInserts,
        int warmUpIntakes,
        int pipelineIntakes,
        int pipelineClients,
        List<Scale.Rate> latencyRates,
        List<Integer> openTimers,
        int dueTimers,
        Duration drainTimeout) {

    /** Intakes per second, sent for a while. */
    record Rate(int perSecond, Duration duration) {}

    /** The rate at which issue 8 sets the latency target. */
    static final int TARGET_RATE = 50;

    /** Issue 16's targets for intake to RECEIVED: the p99 in milliseconds, by intakes per second. */
    static final Map<Integer, Integer> P99_TARGET_MILLIS = Map.of(5, 250, TARGET_RATE, 100);

    static final Scale FULL = new Scale(
            "full",
            300_000,
            20_000,
            2_000,
            1_000,
            8,
            List.of(new Rate(5, Duration.ofSeconds(60)), new Rate(TARGET_RATE, Duration.ofSeconds(20))),
            List.of(10_000, 100_000, 1_000_000),
            1_000,
            Duration.ofMinutes(10));

    /**
     * The full run's steps at a tenth to a half of their size and without the million-timer step: about seven
     * minutes, to compare a change against its parent on the same machine before a full run.
     */
    static final Scale QUICK = new Scale(
            "quick",
            50_000,
            2_000,
            300,
            300,
            8,
            List.of(new Rate(5, Duration.ofSeconds(30)), new Rate(TARGET_RATE, Duration.ofSeconds(10))),
            List.of(10_000, 100_000),
            1_000,
            Duration.ofMinutes(5));

    static final Scale SMOKE = new Scale(
            "smoke",
            2_000,
            200,
            10,
            10,
            4,
            List.of(new Rate(5, Duration.ofSeconds(2))),
            List.of(500, 3_000),
            50,
            Duration.ofMinutes(2));

    static Scale named(String name) {
        return switch (name) {
            case "full" -> FULL;
            case "quick" -> QUICK;
            case "smoke" -> SMOKE;
            default -> throw new IllegalArgumentException("--scale must be full, quick or smoke, was " + name);
        };
    }
}
