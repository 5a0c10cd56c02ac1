package org.parley.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;

/**
 * Index-time analyzer for technical text (questions, answers, pasted debugger output). Writes
 * every expansion once into the index: identifier segments and parts, stemmed copies of parts,
 * canonical hex, and error-code keys including their translations. Pair it with
 * {@link TechnicalQueryAnalyzer} at query time.
 */
public final class TechnicalTextAnalyzer extends Analyzer {

    private final ErrorCodes codes;

    /** Uses the built-in error-code dictionary. */
    public TechnicalTextAnalyzer() {
        this(ErrorCodes.builtIn());
    }

    public TechnicalTextAnalyzer(ErrorCodes codes) {
        this.codes = codes;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        return TechnicalChain.components(AnalysisSide.INDEX, codes);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
