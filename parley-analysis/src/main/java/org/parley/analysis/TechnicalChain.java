package org.parley.analysis;

import org.apache.lucene.analysis.Analyzer.TokenStreamComponents;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;

/**
 * The one chain behind both analyzers; only the {@link AnalysisSide} differs. The order matters:
 * <ol>
 *   <li>possessives are removed first, so {@code 0x9F's} is hex and {@code fffff800`01234567's}
 *       an address like the same token without the {@code 's};
 *   <li>debugger noise goes next so it never becomes hex terms or identifier parts;
 *   <li>hex is normalised (and marked keyword) before identifier splitting would cut
 *       {@code c000000d} at its letter/digit changes;
 *   <li>stop words are removed from whole tokens while the original case is still there, so the
 *       parts of {@code DispatchRequestToDriver} ("to") are never stop-filtered and the token graph
 *       keeps no holes;
 *   <li>at index time code keys are added after splitting so they share the whole identifier's
 *       position length; at query time before it, so a recognised code is not split at all (see
 *       {@link ErrorCodeFilter});
 *   <li>lowercasing and Porter stemming come last and skip keywords (identifiers, parts, hex,
 *       code keys); only prose words and the index-side part copies are stemmed, and a copy that
 *       stems to its part is dropped again ({@link SamePositionDuplicateFilter}, which does what
 *       Solr's {@code removeDuplicates} does, faster).
 * </ol>
 */
final class TechnicalChain {

    /** Lucene's English stop words, matched ignoring case because they run before lowercasing. */
    static final CharArraySet STOP_WORDS = CharArraySet.unmodifiableSet(
            new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true));

    private TechnicalChain() {}

    static TokenStreamComponents components(AnalysisSide side, ErrorCodes codes) {
        TechnicalTokenizer tokenizer = new TechnicalTokenizer();
        TokenStream stream = new EnglishPossessiveFilter(tokenizer);
        stream = new StackFrameFilter(stream);
        stream = new HexNormalizeFilter(stream);
        stream = new StopFilter(stream, STOP_WORDS);
        if (side == AnalysisSide.INDEX) {
            stream = new IdentifierSplitFilter(stream, side);
            stream = new ErrorCodeFilter(stream, codes, side);
        } else {
            stream = new ErrorCodeFilter(stream, codes, side);
            stream = new IdentifierSplitFilter(stream, side);
        }
        stream = new LowerCaseFilter(stream);
        stream = new PorterStemFilter(stream);
        stream = new SamePositionDuplicateFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
