package org.parley.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One timed pass over the queries: each query's time, the pass's wall time and thread count. Quantiles are by
 * nearest rank, so p99 of 1,000 queries is the tenth slowest.
 */
public record Latencies(String pass, int threads, long wallNanos, long[] nanos) {

    public long count() {
        return nanos.length;
    }

    /** Queries per second over the pass's wall time (all threads together). */
    public double qps() {
        return wallNanos == 0 ? 0 : nanos.length / (wallNanos / 1e9);
    }

    public double p50() {
        return quantileMillis(nanos, 0.50);
    }

    public double p99() {
        return quantileMillis(nanos, 0.99);
    }

    /** The times of the queries at {@code positions} only. */
    public Latencies subset(List<Integer> positions) {
        long[] some = new long[positions.size()];
        for (int i = 0; i < some.length; i++) {
            some[i] = nanos[positions.get(i)];
        }
        return new Latencies(pass, threads, 0, some);
    }

    public String label() {
        return pass + ", " + threads + (threads == 1 ? " thread" : " threads");
    }

    static double quantileMillis(long[] values, double q) {
        if (values.length == 0) {
            return Double.NaN;
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    static String millis(double ms) {
        if (Double.isNaN(ms)) {
            return "–";
        }
        return ms < 10 ? String.format(Locale.ROOT, "%.2f", ms) : String.format(Locale.ROOT, "%,.1f", ms);
    }
}
