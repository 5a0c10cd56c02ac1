package org.parley.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Indexes a few posts with the index analyzer and searches them the way the app will. */
class SearchTests {

    private static final String BODY = "body";
    private static final List<String> POSTS = List.of(
            /* format */ "How do I use WdfRequestFormatRequestUsingCurrentType before sending to the I/O target?",
            /* hex */ "NtDeviceIoControlFile returns 0xC000000D when the input buffer is too small.",
            /* status */ "My EvtIoDeviceControl completes the request with STATUS_INVALID_PARAMETER.",
            /* purge */ "After surprise removal WdfIoQueuePurge completes new requests with STATUS_INVALID_DEVICE_STATE.",
            /* stack */ String.join("\n",
                    "Bugcheck 0x9F on resume. Stack:",
                    "0: kd> kn",
                    " # Child-SP          RetAddr           Call Site",
                    "00 fffff800`01234567 fffff800`0abcdef0 nt!KiSwapContext+0x7a",
                    "01 fffff800`01234568 fffff800`0abcdef1 Wdf01000!FxIoQueue::DispatchRequestToDriver+0x445",
                    "02 fffff800`01234569 fffff800`0abcdef2 mydriver!EvtIoRead+0x12"),
            /* win32 */ "DeviceIoControl fails with ERROR_INVALID_PARAMETER in my service.",
            /* prose */ "Adding a bad face to the deadline does not help.",
            /* words */ "The status of every request in the queue is logged.");

    private static final int FORMAT = 0;
    private static final int HEX = 1;
    private static final int STATUS = 2;
    private static final int PURGE = 3;
    private static final int STACK = 4;
    private static final int WIN32 = 5;
    private static final int PROSE = 6;

    private static Directory directory;
    private static DirectoryReader reader;
    private static IndexSearcher searcher;
    private static Analyzer queryAnalyzer;
    private static QueryBuilder queries;

    @BeforeAll
    static void index() throws IOException {
        directory = new ByteBuffersDirectory();
        try (Analyzer indexAnalyzer = new TechnicalTextAnalyzer();
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(indexAnalyzer))) {
            for (int i = 0; i < POSTS.size(); i++) {
                Document doc = new Document();
                doc.add(new StringField("id", Integer.toString(i), Field.Store.YES));
                doc.add(new TextField(BODY, POSTS.get(i), Field.Store.NO));
                writer.addDocument(doc);
            }
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
        queryAnalyzer = new TechnicalQueryAnalyzer();
        queries = new QueryBuilder(queryAnalyzer);
        queries.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        directory.close();
        queryAnalyzer.close();
    }

    private static List<Integer> search(Query query) throws IOException {
        if (query == null) {
            return List.of();
        }
        ScoreDoc[] hits = searcher.search(query, 20).scoreDocs;
        return Arrays.stream(hits).map(hit -> id(hit.doc)).toList();
    }

    private static int id(int doc) {
        try {
            return Integer.parseInt(searcher.storedFields().document(doc).get("id"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All query words must match, the way a search box treats them. */
    private static List<Integer> all(String text) throws IOException {
        return search(queries.createBooleanQuery(BODY, text, BooleanClause.Occur.MUST));
    }

    private static List<Integer> phrase(String text) throws IOException {
        return search(queries.createPhraseQuery(BODY, text));
    }

    @Test
    void proseWordsFindTheirPartsInsideAnIdentifier() throws IOException {
        assertThat(all("format request")).containsExactly(FORMAT);
        assertThat(phrase("format request")).containsExactly(FORMAT);
    }

    @Test
    void aPartialIdentifierFindsTheFullOne() throws IOException {
        assertThat(all("FormatRequest")).containsExactly(FORMAT);
    }

    @Test
    void theFullIdentifierFindsItself() throws IOException {
        assertThat(all("WdfRequestFormatRequestUsingCurrentType")).containsExactly(FORMAT);
    }

    @Test
    void phrasesRunAcrossIdentifiers() throws IOException {
        assertThat(phrase("use WdfRequestFormatRequestUsingCurrentType before sending")).containsExactly(FORMAT);
        assertThat(phrase("format type")).isEmpty();
    }

    @Test
    void statusNameFindsTheHexValue() throws IOException {
        assertThat(all("STATUS_INVALID_PARAMETER")).contains(HEX, STATUS);
    }

    @Test
    void bareHexFindsTheStatusName() throws IOException {
        assertThat(all("c000000d")).contains(STATUS, HEX);
        assertThat(all("0xc000000d")).contains(STATUS, HEX);
    }

    @Test
    void win32NameFindsTheStatusItTranslatesFrom() throws IOException {
        assertThat(all("ERROR_BAD_COMMAND")).containsExactly(PURGE);
        assertThat(all("ERROR_INVALID_PARAMETER")).containsExactlyInAnyOrder(HEX, STATUS, WIN32);
    }

    @Test
    void statusNameFindsTheWin32ErrorItTranslatesTo() throws IOException {
        assertThat(all("STATUS_INVALID_DEVICE_STATE")).containsExactly(PURGE);
        assertThat(all("STATUS_INVALID_PARAMETER")).containsExactlyInAnyOrder(HEX, STATUS, WIN32);
    }

    @Test
    void aStatusFindsItsWin32ErrorButNotStatusesSharingIt() throws IOException {
        // STATUS_INVALID_PARAMETER_1 also translates to ERROR_INVALID_PARAMETER; translation is one step only.
        assertThat(all("STATUS_INVALID_PARAMETER_1")).containsExactly(WIN32);
    }

    @Test
    void qualifiedFunctionFindsThePastedFrame() throws IOException {
        assertThat(all("FxIoQueue::DispatchRequestToDriver")).containsExactly(STACK);
        assertThat(all("DispatchRequestToDriver")).containsExactly(STACK);
        assertThat(all("Wdf01000!FxIoQueue::DispatchRequestToDriver+0x445")).containsExactly(STACK);
        assertThat(all("EvtIoRead")).containsExactly(STACK);
    }

    @Test
    void bugCheckNameFindsItsHexValue() throws IOException {
        assertThat(all("DRIVER_POWER_STATE_FAILURE")).containsExactly(STACK);
    }

    @Test
    void addressesAndOffsetsAreNotSearchable() throws IOException {
        assertThat(all("fffff800`01234567")).isEmpty();
        assertThat(all("0x445")).isEmpty();
    }

    @Test
    void hexLookingWordsMatchAsWords() throws IOException {
        assertThat(all("bad face")).containsExactly(PROSE);
        assertThat(all("adding")).containsExactly(PROSE);
        assertThat(all("adding deadlines")).containsExactly(PROSE);
    }
}
