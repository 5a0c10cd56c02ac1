package org.parley.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DistinctiveTermsTests {

    private final StandardAnalyzer analyzer = new StandardAnalyzer();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();

    @BeforeEach
    void indexASmallSite() throws IOException {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (int i = 0; i < 40; i++) {
                add(writer, "driver error when loading " + (i % 4 == 0 ? "WdfRequestComplete" : "the device"));
            }
            add(writer, "driver error 0xC0000005 in KeInitializeEvent");
            add(writer, "driver error 0xC0000005 again");
            Document titled = new Document();
            titled.add(new TextField("title", "IoCancelIrp hangs", Field.Store.NO));
            titled.add(new TextField("body", "driver error", Field.Store.NO));
            writer.addDocument(titled);
        }
    }

    private static void add(IndexWriter writer, String body) throws IOException {
        Document d = new Document();
        d.add(new TextField("body", body, Field.Store.NO));
        writer.addDocument(d);
    }

    private List<String> terms(String title, String body, int max, int minDocFreq) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            return DistinctiveTerms.of(title, body, max, minDocFreq, analyzer, reader,
                    List.of("body", "title")).stream()
                    .map(DistinctiveTerms.Weighted::term).toList();
        }
    }

    @Test
    void rareTermsComeBeforeCommonOnesAndTheCountIsCapped() throws IOException {
        List<String> terms = terms("driver error 0xC0000005", "when loading WdfRequestComplete the driver", 3, 1);

        assertThat(terms).hasSize(3);
        assertThat(terms.get(0)).isEqualTo("0xc0000005");
        assertThat(terms).contains("wdfrequestcomplete").doesNotContain("driver", "error");
    }

    @Test
    void aTermOnlyTheQuestionItselfHoldsIsLeftOutWhenItIsIndexed() throws IOException {
        assertThat(terms("KeInitializeEvent fails", "", 5, 1)).contains("keinitializeevent");
        assertThat(terms("KeInitializeEvent fails", "", 5, 2)).doesNotContain("keinitializeevent");
        assertThat(terms("fails", "nothing here matches", 5, 1)).as("words no document holds").isEmpty();
    }

    @Test
    void aTermOnlyATitleHoldsCounts() throws IOException {
        assertThat(terms("IoCancelIrp never returns", "", 5, 1)).contains("iocancelirp");
    }

    @Test
    void aTitleUseOutweighsABodyUseOfAnEquallyRareTerm() throws IOException {
        // "driver" and "error" are in every body.
        assertThat(terms("driver", "error", 2, 1)).containsExactly("driver", "error");
        assertThat(terms("error", "driver", 2, 1)).containsExactly("error", "driver");
    }
}
