package nl.wegwijs.monitoring.reports;

import java.util.List;

/** Nearest-rank percentiles: always one of the observed values, which a meeting can check by hand. */
final class Percentiles {

    private Percentiles() {}

    /** The p-th percentile (0 < p <= 100) of the values, or null when there are none. */
    static Integer of(List<Integer> values, int p) {
        if (values.isEmpty()) {
            return null;
        }
        List<Integer> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
