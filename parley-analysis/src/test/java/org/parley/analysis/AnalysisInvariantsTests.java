package org.parley.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Token-stream rules Lucene and its consumers rely on, checked on seeded random mixes of the
 * shapes this module handles: positions and offsets never go backwards, every graph node has one
 * start and one end offset, indexing with offsets accepts the stream, and QueryBuilder can turn
 * query-side output into a query.
 */
class AnalysisInvariantsTests {

    private static final String[] FRAGMENTS = {
            "WdfRequestSend", "IRP_MN_QUERY_REMOVE_DEVICE", "0xC000000D", "c000000d", "C000000DL", "STATUS_INVALID_PARAMETER",
            "ERROR_BAD_COMMAND", "E_INVALIDARG", "80070005", "0x9F", "DRIVER_POWER_STATE_FAILURE", "nt", "KiSwapContext",
            "Wdf01000", "FxIoQueue", "DispatchRequestToDriver", "+0x445", "fffff800`01234567", "0xfffffa8004a3c060",
            "ChildEBP RetAddr", "0: kd> ", "kd> ", "8054b9a4", "00", "the", "driver's", "queues", "can’t", "add", "bad",
            "face", "deadline", "IRPs", "HTTPServer", "NDIS51", "_IRP", "__try", "x86", "10.0.19041", "87", "Irp", "IoStatus",
            "Status", "é", "日本語", "🙂", "", "a", "Z", "_", "0", "0x", "~", "Foo", "12ab34cd", "WSAECONNRESET"};
    private static final String[] JOINERS = {
            " ", " ", " ", "\n", "\r\n", "\t", ".", ",", "(", ")", "!", "::", "->", "`", "_", "'", "’", "+", "-", ":", "#"};

    private static final Analyzer INDEX = new TechnicalTextAnalyzer();
    private static final Analyzer QUERY = new TechnicalQueryAnalyzer();

    @AfterAll
    static void close() {
        INDEX.close();
        QUERY.close();
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int pieces = 1 + random.nextInt(25);
        for (int i = 0; i < pieces; i++) {
            text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            text.append(JOINERS[random.nextInt(JOINERS.length)]);
        }
        return text.toString();
    }

    /**
     * @param graph whether position lengths are meaningful; the query side's whole identifiers are
     *     synonyms of their first part that keep the whole text's offsets, so only the index side is
     *     held to one end offset per node
     */
    private static void assertWellFormed(List<AnalyzedToken> tokens, String text, boolean graph) {
        Map<Integer, Integer> startOffsetAt = new HashMap<>();
        Map<Integer, Integer> endOffsetAt = new HashMap<>();
        int lastStart = 0;
        int lastPosition = -1;
        for (AnalyzedToken token : tokens) {
            assertThat(token.term()).as("term in %s", text).isNotEmpty();
            assertThat(token.position()).as("position of %s", token).isGreaterThanOrEqualTo(Math.max(0, lastPosition));
            assertThat(token.positionLength()).isPositive();
            assertThat(token.start()).as("start of %s", token).isGreaterThanOrEqualTo(lastStart);
            assertThat(token.end()).as("end of %s", token).isBetween(token.start(), text.length());
            assertThat(startOffsetAt.putIfAbsent(token.position(), token.start()))
                    .as("start offset of node %d at %s in %s", token.position(), token, tokens).isIn(null, token.start());
            int endNode = token.position() + token.positionLength();
            if (graph) {
                assertThat(endOffsetAt.putIfAbsent(endNode, token.end()))
                        .as("end offset of node %d at %s in %s", endNode, token, tokens).isIn(null, token.end());
            } else {
                assertThat(token.positionLength()).isEqualTo(1);
            }
            lastStart = token.start();
            lastPosition = token.position();
        }
    }

    @Test
    void randomTechnicalTextYieldsWellFormedGraphs() {
        Random random = new Random(20240611L);
        for (int i = 0; i < 600; i++) {
            String text = randomText(random);
            assertWellFormed(TokenCapture.analyze(INDEX, text), text, true);
            assertWellFormed(TokenCapture.analyze(QUERY, text), text, false);
        }
    }

    @Test
    void indexWriterAcceptsOffsetsAndQueryBuilderAcceptsGraphs() throws IOException {
        FieldType withOffsets = new FieldType(TextField.TYPE_NOT_STORED);
        withOffsets.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        withOffsets.freeze();
        QueryBuilder queries = new QueryBuilder(QUERY);
        queries.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        Random random = new Random(7L);
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(INDEX))) {
            for (int i = 0; i < 300; i++) {
                String text = randomText(random);
                Document doc = new Document();
                doc.add(new Field("body", text, withOffsets));
                writer.addDocument(doc);
                assertThatCode(() -> {
                    queries.createBooleanQuery("body", text, BooleanClause.Occur.MUST);
                    queries.createPhraseQuery("body", text);
                }).as(text).doesNotThrowAnyException();
            }
            assertThat(writer.getDocStats().numDocs).isEqualTo(300);
        }
    }

    @Test
    void blobsAndHugeLinesStayBounded() {
        String blob = "A".repeat(300) + " ok " + "a_".repeat(70) + " " + "x".repeat(3 * TechnicalTokenizer.MAX_LINE_CHARS);
        List<AnalyzedToken> tokens = TokenCapture.analyze(INDEX, blob);
        assertThat(tokens.get(0).term()).isEqualTo("ok");
        assertThat(tokens.get(1)).satisfies(whole -> {
            assertThat(whole.type()).isEqualTo(TechnicalTokenTypes.IDENTIFIER);
            assertThat(whole.positionLength()).isEqualTo(1);
        });
        assertThat(tokens).hasSize(2);
        assertThat(tokens.get(1).term()).hasSize(140);
    }

    @Test
    void emptyAndBlankInputYieldNothing() {
        assertThat(TokenCapture.analyze(INDEX, "")).isEmpty();
        assertThat(TokenCapture.analyze(QUERY, " \n\r\n\t ")).isEmpty();
        assertThat(TokenCapture.analyze(QUERY, "the a of+0x10 fffff800`01234567")).isEmpty();
    }
}
