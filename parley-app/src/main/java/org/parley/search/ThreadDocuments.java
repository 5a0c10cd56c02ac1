package org.parley.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;

/**
 * Turns a thread into its index documents: one {@code thread} document, one {@code post}
 * document per question or answer, and {@code passage} documents carrying sentence vectors: one
 * per question (with its title), two per answer (alone, and headed by the question's title), and
 * one for the question with its answers
 * (see {@link IndexFields}).
 */
final class ThreadDocuments {

    /** A stored text field whose postings keep offsets, so snippets need no second analysis. */
    private static final FieldType POST_BODY_TYPE = postBodyType();

    private final SentenceEmbeddings embeddings;

    ThreadDocuments(SentenceEmbeddings embeddings) {
        this.embeddings = embeddings;
    }

    /** Every document of a thread: the lexical ones and its passages. */
    List<Document> of(IndexedThread t) {
        List<Document> docs = lexical(t);
        docs.addAll(passages(t));
        return docs;
    }

    /** The {@code thread} document and one {@code post} document per question or answer: cheap to make. */
    List<Document> lexical(IndexedThread t) {
        List<Document> docs = new ArrayList<>();
        docs.add(thread(t));
        docs.add(post(t, t.question(), "question", false));
        for (IndexedThread.IndexedPost a : t.answers()) {
            docs.add(post(t, a, "answer", t.accepted(a)));
        }
        return docs;
    }

    /** The {@code passage} documents (none when embeddings are off): each costs a run of the sentence model. */
    List<Document> passages(IndexedThread t) {
        List<Document> docs = new ArrayList<>();
        if (!embeddings.enabled()) {
            return docs;
        }
        docs.add(passage(t, t.question(), t.title() + "\n" + t.question().body()));
        StringBuilder conversation = new StringBuilder(t.title()).append('\n').append(t.question().body());
        for (IndexedThread.IndexedPost a : t.answers()) {
            // Twice: as written, and read with its question's title, since an answer alone ("that did it,
            // thanks") often says little of its topic. The title alone can mislead when it is vague, so
            // neither replaces the other (docs/search.md has the figures).
            docs.add(passage(t, a, a.body()));
            docs.add(passage(t, a, t.title() + "\n" + a.body()));
            conversation.append("\n\n").append(a.body());
        }
        if (!t.answers().isEmpty()) {
            // The question with its answers: how a reader describing the whole problem puts it.
            docs.add(passage(t, t.question(), conversation.toString()));
        }
        return docs;
    }

    /**
     * Marks a question whose passages are older than its lexical documents (or missing); the
     * indexer computes them when no lexical work is waiting (see {@link SearchIndexer}).
     */
    static Document vectorsPending(long questionId) {
        Document d = new Document();
        d.add(new StringField(IndexFields.KIND, IndexFields.KIND_VECTORS_PENDING, Field.Store.NO));
        questionId(d, questionId);
        return d;
    }

    private Document thread(IndexedThread t) {
        Document d = new Document();
        d.add(new StringField(IndexFields.KIND, IndexFields.KIND_THREAD, Field.Store.NO));
        questionId(d, t.questionId());
        d.add(new TextField(IndexFields.TITLE, t.title(), Field.Store.YES));
        d.add(new TextField(IndexFields.BODY, t.question().body(), Field.Store.NO));
        StringBuilder all = new StringBuilder();
        StringBuilder trusted = new StringBuilder();
        List<String> comments = new ArrayList<>(t.question().comments());
        String asker = t.question().authorHandle().toLowerCase(Locale.ROOT);
        d.add(new StringField(IndexFields.ASKER, asker, Field.Store.NO));
        d.add(new StringField(IndexFields.AUTHORS, asker, Field.Store.NO));
        for (IndexedThread.IndexedPost a : t.answers()) {
            all.append(a.body()).append("\n\n");
            if (t.trusted(a)) {
                trusted.append(a.body()).append("\n\n");
            }
            comments.addAll(a.comments());
            d.add(new StringField(IndexFields.AUTHORS, a.authorHandle().toLowerCase(Locale.ROOT), Field.Store.NO));
        }
        d.add(new TextField(IndexFields.ANSWERS, all.toString(), Field.Store.NO));
        d.add(new TextField(IndexFields.TRUSTED_ANSWERS, trusted.toString(), Field.Store.NO));
        d.add(new TextField(IndexFields.COMMENTS, String.join("\n\n", comments), Field.Store.NO));
        for (String tag : t.tags()) {
            d.add(new StringField(IndexFields.TAGS, tag.toLowerCase(Locale.ROOT), Field.Store.YES));
        }
        d.add(new LongField(IndexFields.CREATED, t.createdAt(), Field.Store.NO));
        d.add(new LongField(IndexFields.ACTIVITY, t.activityAt(), Field.Store.NO));
        d.add(new NumericDocValuesField(IndexFields.SCORE, t.score()));
        d.add(new StoredField(IndexFields.SCORE, t.score()));
        d.add(new IntField(IndexFields.ANSWER_COUNT, t.answers().size(), Field.Store.YES));
        d.add(new IntField(IndexFields.ACCEPTED, t.acceptedAnswerId() == null ? 0 : 1, Field.Store.YES));
        stored(d, IndexFields.SOURCE_SYSTEM, t.sourceSystem());
        stored(d, IndexFields.SOURCE_REF, t.sourceRef());
        stored(d, IndexFields.SOURCE_AUTHOR, t.sourceAuthor());
        return d;
    }

    /** One vector document for a text standing for a post (or, for the question, the whole thread). */
    private Document passage(IndexedThread t, IndexedThread.IndexedPost p, String text) {
        Document d = new Document();
        d.add(new StringField(IndexFields.KIND, IndexFields.KIND_PASSAGE, Field.Store.NO));
        questionId(d, t.questionId());
        d.add(new StoredField(IndexFields.POST_ID, p.id()));
        d.add(new NumericDocValuesField(IndexFields.POST_ID, p.id()));
        d.add(new KnnFloatVectorField(IndexFields.VECTOR, embeddings.embed(text), SentenceEmbeddings.SIMILARITY));
        return d;
    }

    private Document post(IndexedThread t, IndexedThread.IndexedPost p, String type, boolean accepted) {
        Document d = new Document();
        d.add(new StringField(IndexFields.KIND, IndexFields.KIND_POST, Field.Store.NO));
        questionId(d, t.questionId());
        d.add(new StoredField(IndexFields.POST_ID, p.id()));
        d.add(new NumericDocValuesField(IndexFields.POST_ID, p.id()));
        d.add(new StringField(IndexFields.POST_TYPE, type, Field.Store.YES));
        String withComments = p.comments().isEmpty() ? p.body() : p.body() + "\n\n" + String.join("\n\n", p.comments());
        d.add(new Field(IndexFields.POST_BODY, withComments, POST_BODY_TYPE));
        if (p.isQuestion()) {
            d.add(new TextField(IndexFields.POST_TITLE, t.title(), Field.Store.NO));
        }
        d.add(new IntField(IndexFields.ACCEPTED, accepted ? 1 : 0, Field.Store.YES));
        d.add(new NumericDocValuesField(IndexFields.TRUSTED, !p.isQuestion() && t.trusted(p) ? 1 : 0));
        return d;
    }

    private static FieldType postBodyType() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private static void questionId(Document d, long id) {
        d.add(new StringField(IndexFields.QUESTION_ID, Long.toString(id), Field.Store.YES));
        d.add(new NumericDocValuesField(IndexFields.QUESTION_ID, id));
    }

    private static void stored(Document d, String field, String value) {
        if (value != null) {
            d.add(new StoredField(field, value));
        }
    }
}
