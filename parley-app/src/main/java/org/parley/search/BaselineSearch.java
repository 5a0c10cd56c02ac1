package org.parley.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The stock engine {@code parley eval} compares against: Lucene's StandardAnalyzer with English
 * stop words and default BM25, one document per question holding its title, body, answers and
 * comments in a single field, in memory, with the query's words OR-ed by the classic query parser.
 */
final class BaselineSearch implements AutoCloseable {

    private static final String TEXT = "text";
    private static final String REF = "ref";

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final StandardAnalyzer analyzer = new StandardAnalyzer(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    private DirectoryReader reader;

    BaselineSearch(IndexSourceStore store) {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            long cursor = 0;
            while (true) {
                List<Long> ids = store.questionIdsAfter(cursor, 500);
                if (ids.isEmpty()) {
                    break;
                }
                for (IndexedThread t : store.threads(ids).values()) {
                    StringBuilder text = new StringBuilder(t.title()).append('\n').append(t.question().body());
                    t.question().comments().forEach(c -> text.append('\n').append(c));
                    for (IndexedThread.IndexedPost a : t.answers()) {
                        text.append('\n').append(a.body());
                        a.comments().forEach(c -> text.append('\n').append(c));
                    }
                    Document d = new Document();
                    d.add(new TextField(TEXT, text.toString(), Field.Store.NO));
                    d.add(new StoredField(REF, t.sourceRef() == null ? "" : t.sourceRef()));
                    writer.addDocument(d);
                }
                cursor = ids.get(ids.size() - 1);
            }
            writer.commit();
            reader = DirectoryReader.open(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Source refs of the top {@code n} questions. */
    List<String> refs(String queryText, int n) {
        try {
            Query query = new QueryParser(TEXT, analyzer).parse(QueryParser.escape(queryText));
            IndexSearcher searcher = new IndexSearcher(reader);
            List<String> refs = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(query, n).scoreDocs) {
                refs.add(searcher.storedFields().document(sd.doc).get(REF));
            }
            return refs;
        } catch (ParseException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
        analyzer.close();
    }
}
