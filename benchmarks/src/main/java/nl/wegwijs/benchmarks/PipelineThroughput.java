package nl.wegwijs.benchmarks;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * As many intakes as a few clients can push through the REST API, timed from the first request until the monitoring
 * service has recorded every referral as RECEIVED (acknowledged by the partner inboxes). Each run also says how long
 * the JIT compilers worked meanwhile: on a freshly started platform they take a large share of the two cores (ADR 37).
 */
final class PipelineThroughput {

    /** @param compiling the JIT compilers' time during the run, summed over their threads */
    record Figures(int intakes, long kafkaRecords, Duration elapsed, Duration compiling) {
        double intakesPerSecond() {
            return intakes / seconds();
        }

        double recordsPerSecond() {
            return kafkaRecords / seconds();
        }

        private double seconds() {
            return elapsed.toNanos() / 1e9;
        }
    }

    private PipelineThroughput() {}

    static Figures run(IntakeLoad load, PipelineProbe probe, int intakes, int clients, Duration timeout)
            throws Exception {
        long recordsBefore = probe.platformRecords();
        long receivedBefore = probe.receivedRecorded();
        long compilingBefore = compilingMillis();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                work.add(pool.submit(() -> {
                    while (next.getAndIncrement() < intakes) {
                        load.post();
                    }
                }));
            }
            for (Future<?> done : work) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }
        probe.awaitReceived(receivedBefore + (long) intakes * IntakeLoad.REFERRALS_PER_INTAKE, timeout);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        Duration compiling = Duration.ofMillis(compilingMillis() - compilingBefore);
        return new Figures(intakes, probe.platformRecords() - recordsBefore, elapsed, compiling);
    }

    /** The JIT's compile time so far, summed over its threads; 0 on a JVM that does not keep it. */
    private static long compilingMillis() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }
}
