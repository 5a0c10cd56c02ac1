package org.parley.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class RankingMetricsTests {

    @Test
    void firstRelevantAtRankTwoGivesHalfAReciprocalRank() {
        RankingMetrics m = RankingMetrics.of(List.of("a", "b", "c", "d"), List.of("b", "d", "x"), 10);
        assertThat(m.reciprocalRank()).isEqualTo(0.5);
        assertThat(m.recall()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(m.hit()).isEqualTo(1.0);
        double dcg = 1 / log2(3) + 1 / log2(5);
        double ideal = 1 + 1 / log2(3) + 1 / log2(4);
        assertThat(m.ndcg()).isCloseTo(dcg / ideal, within(1e-9));
    }

    @Test
    void nothingRelevantInTheCutOffScoresZero() {
        RankingMetrics m = RankingMetrics.of(List.of("a", "b", "c"), List.of("c"), 2);
        assertThat(m).isEqualTo(new RankingMetrics(0, 0, 0, 0));
    }

    @Test
    void aRepeatedResultCountsOnce() {
        RankingMetrics m = RankingMetrics.of(List.of("a", "a"), List.of("a", "b"), 10);
        assertThat(m.recall()).isEqualTo(0.5);
        assertThat(m.reciprocalRank()).isEqualTo(1.0);
    }

    @Test
    void meansAverageEachMetric() {
        RankingMetrics mean = RankingMetrics.mean(List.of(new RankingMetrics(1, 1, 1, 1), new RankingMetrics(0, 0.5, 0, 0)));
        assertThat(mean).isEqualTo(new RankingMetrics(0.5, 0.75, 0.5, 0.5));
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
