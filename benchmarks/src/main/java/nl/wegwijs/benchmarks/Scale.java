package nl.wegwijs.benchmarks;

import java.time.Duration;
import java.util.List;

/**
 * How much each benchmark does. {@link #FULL} is the documented run; {@link #SMOKE} is the same code on a tiny scale,
 * run by the test command so the benchmarks cannot rot.
 */
record Scale(
        String name,
        int baselineRecords,
        int baselineStoreInserts,
        int pipelineIntakes,
        int pipelineClients,
        int latencyRatePerSecond,
        Duration latencyDuration,
        List<Integer> openTimers,
        int dueTimers,
        Duration drainTimeout) {

    static final Scale FULL = new Scale(
            "full",
            300_000,
            20_000,
            1_000,
            8,
            50,
            Duration.ofSeconds(60),
            List.of(10_000, 100_000, 1_000_000),
            1_000,
            Duration.ofMinutes(10));

    static final Scale SMOKE = new Scale(
            "smoke", 2_000, 200, 10, 4, 5, Duration.ofSeconds(2), List.of(500, 3_000), 50, Duration.ofMinutes(2));

    static Scale named(String name) {
        return switch (name) {
            case "full" -> FULL;
            case "smoke" -> SMOKE;
            default -> throw new IllegalArgumentException("--scale must be full or smoke, was " + name);
        };
    }
}
