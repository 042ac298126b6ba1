package nl.wegwijs.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every benchmark on a tiny scale, so the benchmark code keeps working: the run fails if any stage loses an intake, a
 * referral or a due timer (the benchmarks check that themselves), and every figure must come out.
 */
class BenchmarkSmokeTest {

    @Test
    void everyBenchmarkRunsAndReportsItsFigures() throws Exception {
        BenchmarkRun run = new BenchmarkRun(Scale.SMOKE, Path.of("target", "bench-smoke"));

        List<Results.Row> rows = run.run().rows();
        System.out.println(run.markdown());

        assertThat(rows)
                .extracting(Results.Row::benchmark)
                .containsSubsequence("footprint", "baseline", "baseline", "pipeline", "latency", "SLA scan");
        assertThat(rows)
                .as("the pipeline is measured after a warm-up round, whose own figure is reported too")
                .filteredOn(row -> row.benchmark().equals("pipeline"))
                .extracting(Results.Row::measure)
                .containsSubsequence(
                        "warm-up: intakes/s end to end over the first 10 intakes after the start",
                        "intakes (3 referrals each) until every RECEIVED is recorded, after the warm-up");
        assertThat(rows)
                .filteredOn(row ->
                        row.measure().startsWith("warm-up: ") || row.measure().startsWith("intakes (3"))
                .hasSize(2)
                .allSatisfy(row -> assertThat(row.value())
                        .matches(".*JIT compilation [0-9.,]+ s, summed over the compiler threads\\)"));
        assertThat(rows)
                .filteredOn(row -> row.benchmark().equals("SLA scan"))
                .extracting(Results.Row::measure)
                // The first size holds the pipeline's timers and those the warm-up ticks fired beside the 500 added.
                .anySatisfy(measure ->
                        assertThat(measure).matches("one tick, (5[0-9]{2}|[1-2],[0-9]{3}) open timers, 50 due .*"))
                .anySatisfy(measure -> assertThat(measure).contains("3,000 open timers"))
                .anySatisfy(measure -> assertThat(measure).startsWith("tick ratio"));
        assertThat(rows)
                .as("each tick is held against issue 16's 0.5 s")
                .filteredOn(row -> row.measure().startsWith("one tick"))
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row.target()).isEqualTo("< 500 ms"));
        assertThat(rows)
                .filteredOn(row -> row.measure().startsWith("intake sent to RECEIVED recorded by monitoring at 5/s"))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.value()).contains("n=30");
                    assertThat(row.target()).isEqualTo("p99 <= 250 ms at 5/s");
                });
        assertThat(rows)
                .as("every referral's way from ReferralIssued to RECEIVED is timed per stage")
                .filteredOn(row -> row.measure().startsWith("then "))
                .hasSize(3)
                .allSatisfy(row -> assertThat(row.value()).contains("n=30"));
        assertThat(run.markdown())
                .contains("Store commands during the throughput run, per intake and mean time to answer: ")
                .contains("wegwijs-monitoring (findAndModify ")
                .contains("| benchmark | measure | value | target | met |")
                .contains("JDK: ")
                .contains("CPU samples during the throughput run, by component: ");
    }
}
