package org.parley.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;

/**
 * Query-time counterpart of {@link TechnicalTextAnalyzer}. Same tokenizer and normalisation, but
 * an identifier becomes only its whole (as a synonym of its first part) and its parts, and an error
 * code only its spelling and its own key, because the index already holds the rest. All position
 * lengths are 1: {@link org.apache.lucene.util.QueryBuilder} turns the output into plain boolean,
 * synonym and (multi-)phrase queries whose size grows linearly with the query text. Use
 * {@code Occur.MUST} (or a phrase) so that the parts of a partial identifier must all match.
 */
public final class TechnicalQueryAnalyzer extends Analyzer {

    private final ErrorCodes codes;

    /** Uses the built-in error-code dictionary. */
    public TechnicalQueryAnalyzer() {
        this(ErrorCodes.builtIn());
    }

    public TechnicalQueryAnalyzer(ErrorCodes codes) {
        this.codes = codes;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        return TechnicalChain.components(AnalysisSide.QUERY, codes);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
