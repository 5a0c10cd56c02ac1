package org.parley.bench;

import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Draws ranks 0..n-1 with probability proportional to {@code 1 / (rank + 1)^s}: a few items are
 * everywhere and most are rare, as words, tags and active users are on a real site.
 */
final class Zipf {

    private final double[] cumulative;

    Zipf(int n, double s) {
        if (n < 1) {
            throw new IllegalArgumentException("a Zipf distribution needs at least one item");
        }
        cumulative = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1 / Math.pow(i + 1, s);
            cumulative[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            cumulative[i] /= sum;
        }
    }

    int next(RandomGenerator random) {
        int i = Arrays.binarySearch(cumulative, random.nextDouble());
        return Math.min(i >= 0 ? i : -i - 1, cumulative.length - 1);
    }

    <T> T pick(List<T> items, RandomGenerator random) {
        return items.get(next(random));
    }
}
