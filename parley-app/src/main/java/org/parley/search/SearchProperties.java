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
 * @param fusionK         the k of reciprocal rank fusion: larger flattens the rank differences; the
 *                        development set preferred a small k (5) that trusts the top of each list
 * @param denseWeight     the vector list's weight in the fusion (the lexical list has 1); halved
 *                        for searches naming identifiers or codes
 */
@ConfigurationProperties("parley.search")
public record SearchProperties(
        @DefaultValue("true") boolean indexerEnabled,
        @DefaultValue("100ms") Duration pollInterval,
        @DefaultValue("true") boolean embeddings,
        @DefaultValue("5") int fusionK,
        @DefaultValue("2.0") double denseWeight) {
}
