package nl.wegwijs.benchmarks;

import java.util.Arrays;
import java.util.List;

/** Percentiles of a set of latencies in milliseconds (nearest rank). */
record Distribution(long count, double p50, double p95, double p99, double max) {

    static Distribution of(List<Double> millis) {
        if (millis.isEmpty()) {
            throw new IllegalStateException("No latencies were measured");
        }
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return new Distribution(
                sorted.length, rank(sorted, 0.50), rank(sorted, 0.95), rank(sorted, 0.99), sorted[sorted.length - 1]);
    }

    private static double rank(double[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    String summary() {
        return "p50 " + Results.millis(p50) + ", p95 " + Results.millis(p95) + ", p99 " + Results.millis(p99) + ", max "
                + Results.millis(max) + " (n=" + count + ")";
    }
}
