package org.parley.search;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Search settings ({@code parley.search.*}).
 *
 * @param indexerEnabled  run the indexer in this process; commands that only read (and tests that
 *                        simulate a crash) switch it off, and then the index is opened read-only
 * @param pollInterval    how often the indexer looks at the outbox when no commit woke it
 * @param embeddings      compute sentence vectors and fuse vector with lexical ranking
 * @param denseWeight     the vector half's share of a hybrid score, between 0 and 1 (the lexical half
 *                        has the rest), halved for searches naming code; chosen on the development set
 */
@ConfigurationProperties("parley.search")
public record SearchProperties(
        @DefaultValue("true") boolean indexerEnabled,
        @DefaultValue("100ms") Duration pollInterval,
        @DefaultValue("true") boolean embeddings,
        @DefaultValue("0.65") double denseWeight) {

    public SearchProperties {
        if (denseWeight < 0 || denseWeight > 1) {
            throw new IllegalArgumentException("parley.search.dense-weight must be between 0 and 1, not " + denseWeight);
        }
    }
}
