package org.parley.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.parley.analysis.ErrorCodes;
import org.parley.analysis.TechnicalQueryAnalyzer;
import org.parley.analysis.TechnicalTextAnalyzer;

/** How a search word that is a compound identifier scores against plain words, on the real analysis chain. */
class LexicalQueryTests {

    private static final String BODY = "body";

    @Test
    void theWholeIdentifierOutranksItsPartsAndWeighsAboutOneWord() throws IOException {
        Map<String, Float> scores = scores("FooBarBaz qux", Map.of(
                "whole", "FooBarBaz",
                "scattered", "baz foo bar",
                "plain", "qux other words",
                "plain-too", "qux more words"));

        // Every post holding the parts matches, but the one naming the identifier scores its rarity on top.
        assertThat(scores).containsOnlyKeys("whole", "scattered", "plain", "plain-too");
        assertThat(scores.get("whole")).isGreaterThan(1.5f * scores.get("scattered"));
        // Three scattered parts are one word's worth, not three: no more than a plain word of the search as common.
        assertThat(scores.get("scattered")).isLessThanOrEqualTo(1.05f * scores.get("plain"));
    }

    @Test
    void plainWordsAndErrorCodesKeepTheirOwnShape() throws IOException {
        Map<String, Float> scores = scores("STATUS_ACCESS_VIOLATION", Map.of(
                "name", "it failed with STATUS_ACCESS_VIOLATION",
                "hex", "it failed with 0xC0000005",
                "other", "it failed with STATUS_INVALID_PARAMETER"));

        assertThat(scores).containsOnlyKeys("name", "hex");
    }

    private static Map<String, Float> scores(String search, Map<String, String> posts) throws IOException {
        ErrorCodes codes = ErrorCodes.builtIn();
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new TechnicalTextAnalyzer(codes)))) {
                posts.forEach((id, text) -> {
                    Document d = new Document();
                    d.add(new StringField("id", id, Field.Store.YES));
                    d.add(new TextField(BODY, text, Field.Store.NO));
                    try {
                        w.addDocument(d);
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                });
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Query q = new LexicalQuery(new TechnicalQueryAnalyzer(codes)).text(QueryText.parse(search), Map.of(BODY, 1f));
                Map<String, Float> scores = new HashMap<>();
                for (ScoreDoc sd : searcher.search(q, 10).scoreDocs) {
                    scores.put(searcher.storedFields().document(sd.doc).get("id"), sd.score);
                }
                return scores;
            }
        }
    }
}
