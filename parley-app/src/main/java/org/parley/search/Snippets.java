package org.parley.search;

import java.io.IOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;
import org.springframework.web.util.HtmlUtils;

/**
 * A short excerpt of a post around its best match: HTML-escaped text with the matched words
 * wrapped in {@code <mark>}, cut by Lucene's highlighter from the same analysis the index used.
 */
final class Snippets {

    private static final int WIDTH = 220;

    private final Analyzer indexAnalyzer;

    Snippets(Analyzer indexAnalyzer) {
        this.indexAnalyzer = indexAnalyzer;
    }

    String of(String text, Query query, String field) {
        String plain = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        if (query != null && !plain.isEmpty()) {
            QueryScorer scorer = new QueryScorer(query, field);
            Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"),
                    new SimpleHTMLEncoder(), scorer);
            highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, WIDTH));
            try (TokenStream tokens = indexAnalyzer.tokenStream(field, plain)) {
                String fragment = highlighter.getBestFragment(tokens, plain);
                if (fragment != null && !fragment.isBlank()) {
                    return fragment.strip();
                }
            } catch (IOException | InvalidTokenOffsetsException | RuntimeException e) {
                // A text the highlighter cannot cut still gets its opening as a snippet.
            }
        }
        String opening = plain.length() > WIDTH ? plain.substring(0, WIDTH) + "…" : plain;
        return HtmlUtils.htmlEscape(opening);
    }
}
