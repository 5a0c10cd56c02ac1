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
 * @param bulkLoadTimeout how long a bulk import may show no sign of life before a server takes it for dead and
 *                        rebuilds the index itself (the importer marks it alive four times as often)
 */
@ConfigurationProperties("parley.search")
public record SearchProperties(
        @DefaultValue("true") boolean indexerEnabled,
        @DefaultValue("100ms") Duration pollInterval,
        @DefaultValue("true") boolean embeddings,
        @DefaultValue("0.65") double denseWeight,
        @DefaultValue("60s") Duration bulkLoadTimeout) {

    public SearchProperties {
        if (denseWeight < 0 || denseWeight > 1) {
            throw new IllegalArgumentException("parley.search.dense-weight must be between 0 and 1, not " + denseWeight);
        }
        if (bulkLoadTimeout.toMillis() < 100) {
            throw new IllegalArgumentException("parley.search.bulk-load-timeout must be at least 100ms, not " + bulkLoadTimeout);
        }
    }
}
