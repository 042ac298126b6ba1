package nl.wegwijs.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class DistributionTest {

    @Test
    void percentilesAreNearestRankOverTheSortedValues() {
        List<Double> values = new ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            values.add((double) i);
        }
        Collections.shuffle(values);

        Distribution distribution = Distribution.of(values);

        assertThat(distribution.count()).isEqualTo(200);
        assertThat(distribution.p50()).isEqualTo(100);
        assertThat(distribution.p95()).isEqualTo(190);
        assertThat(distribution.p99()).isEqualTo(198);
        assertThat(distribution.max()).isEqualTo(200);
    }

    @Test
    void oneValueIsEveryPercentile() {
        Distribution distribution = Distribution.of(List.of(7.5));

        assertThat(List.of(distribution.p50(), distribution.p99(), distribution.max()))
                .containsOnly(7.5);
    }

    @Test
    void noValuesIsAnErrorNotAZero() {
        assertThatThrownBy(() -> Distribution.of(List.of())).hasMessageContaining("No latencies");
    }
}
