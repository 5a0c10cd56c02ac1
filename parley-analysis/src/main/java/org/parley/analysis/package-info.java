/**
 * Lucene analysis for Windows-driver technical text: identifiers, hex values, error codes, stack
 * frames and English prose.
 *
 * <p>Entry points: {@link org.parley.analysis.TechnicalTextAnalyzer} (index time),
 * {@link org.parley.analysis.TechnicalQueryAnalyzer} (query time) and
 * {@link org.parley.analysis.ErrorCodes} (what {@code 0xC000000D} means). The chain's pieces
 * ({@link org.parley.analysis.TechnicalTokenizer}, {@link org.parley.analysis.StackFrameFilter},
 * {@link org.parley.analysis.HexNormalizeFilter}, {@link org.parley.analysis.IdentifierSplitFilter},
 * {@link org.parley.analysis.ErrorCodeFilter}) are public and have SPI factories so a Solr schema
 * can assemble the same chain.
 *
 * <p>This package has no dependency beyond Lucene, so it can be loaded as a Solr plugin.
 */
package org.parley.analysis;
