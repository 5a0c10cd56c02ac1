package org.parley.analysis;

import java.util.Locale;

/**
 * Which side of the index a chain serves. Expansions that only need to exist once (translated
 * error codes, intermediate identifier segments, stemmed copies of identifier parts) are written
 * at index time; the query side emits the smallest set that still meets them, without position
 * lengths above 1, so QueryBuilder never has to expand a token graph into alternative paths.
 */
public enum AnalysisSide {
    INDEX,
    QUERY;

    /** Parses a factory argument ({@code index} or {@code query}, any case). */
    public static AnalysisSide parse(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "index" -> INDEX;
            case "query" -> QUERY;
            default -> throw new IllegalArgumentException("side must be index or query, not " + value);
        };
    }
}
