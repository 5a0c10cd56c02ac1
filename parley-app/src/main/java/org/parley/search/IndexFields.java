package org.parley.search;

import java.util.Map;

/**
 * Every field of the search index, with the Lucene type each is written as and why.
 *
 * <p>The index holds four kinds of document (field {@link #KIND}): one {@code thread} per question,
 * holding the whole conversation, which is what lexical search ranks; one {@code post} per question
 * or answer, searched only inside the threads of a result page to name the post that matched best
 * and to cut its snippet; {@code passage} documents holding sentence vectors for the dense half
 * (one per question, two per answer, one per question-with-answers); and a {@code vectors_pending}
 * marker while a question's passages lag behind its words. All carry {@link #QUESTION_ID}, so
 * replacing a question's documents is one delete plus an add.
 */
final class IndexFields {

    private IndexFields() {
    }

    /** StringField, not stored: {@code thread}, {@code post}, {@code passage} or {@code vectors_pending}. */
    static final String KIND = "kind";
    static final String KIND_THREAD = "thread";
    static final String KIND_POST = "post";
    static final String KIND_PASSAGE = "passage";
    /** A question whose passages are stale or missing: vectors are computed after the words are searchable. */
    static final String KIND_VECTORS_PENDING = "vectors_pending";

    /**
     * StringField (indexed, for delete-by-term and the best-post lookup) plus StoredField and
     * NumericDocValuesField of the same name: the question every document belongs to.
     */
    static final String QUESTION_ID = "question_id";

    /** StoredField + NumericDocValuesField on {@code post} and {@code passage} documents: the question or answer. */
    static final String POST_ID = "post_id";

    /** StringField, stored: {@code question} or {@code answer}, on {@code post} documents. */
    static final String POST_TYPE = "post_type";

    /** TextField, stored (snippets and titles of hits): the question title, technical analysis. */
    static final String TITLE = "title";

    /** TextField on {@code thread} documents: the question's own Markdown text. */
    static final String BODY = "body";

    /**
     * Text with offsets in the postings, stored, on {@code post} documents: the post's Markdown and
     * its comments. The offsets let snippets be cut without analysing the text again at query time.
     */
    static final String POST_BODY = "post_body";

    /**
     * TextField, not stored, on the question's {@code post} document: its title, so a thread found by
     * its title names the question as its best post.
     */
    static final String POST_TITLE = "post_title";

    /**
     * TextField, not stored: answers the community vouched for (accepted, or written by an expert or
     * moderator), so ranking can weigh them above the rest; they are also in {@link #ANSWERS}.
     */
    static final String TRUSTED_ANSWERS = "trusted_answers";

    /** TextField, not stored: every live answer of the question. */
    static final String ANSWERS = "answers";

    /** TextField, not stored: the comments under the question and its answers. */
    static final String COMMENTS = "comments";

    /** NumericDocValuesField on {@code post} documents: 1 for an accepted or expert answer (best-post choice). */
    static final String TRUSTED = "trusted";

    /** StringField (one per tag, lowercase), stored: exact tag filters and the tag boost. */
    static final String TAGS = "tags";

    /** StringField (one per handle, lowercase): authors of the question and of its answers, for {@code user:}. */
    static final String AUTHORS = "authors";

    /** StringField: the asker's handle only. */
    static final String ASKER = "asker";

    /** LongField (points + doc values): creation time in epoch millis, for {@code sort=newest}. */
    static final String CREATED = "created";

    /** LongField: last activity in epoch millis (stored for display and recency). */
    static final String ACTIVITY = "activity";

    /** NumericDocValuesField + StoredField: vote score, a small ranking boost. */
    static final String SCORE = "score";

    /** IntField (points + doc values) + StoredField: number of live answers; 0 means unanswered. */
    static final String ANSWER_COUNT = "answer_count";

    /** IntField (points + doc values) + StoredField: 1 when an answer is accepted. */
    static final String ACCEPTED = "accepted";

    /** StoredField: source system, ref and author of imported posts ({@code blog-thread}, {@code blog-thread#12}). */
    static final String SOURCE_SYSTEM = "source_system";
    static final String SOURCE_REF = "source_ref";
    static final String SOURCE_AUTHOR = "source_author";

    /**
     * KnnFloatVectorField (dot product of unit vectors, HNSW) on {@code passage} documents: the sentence embedding of a
     * question (with its title), an answer (alone, and again headed by its question's title), or the
     * question with its answers, for the dense half of hybrid ranking; a thread scores as its best
     * passage. Splitting long posts into several passages was measured and lost on the development
     * set (see docs/search.md). No passages are written when embeddings are off.
     */
    static final String VECTOR = "vector";

    /**
     * Text fields searched by a query, with the weight a match in each carries: the title above the
     * question body, the body above answers, comments least. Trusted answers are also in
     * {@link #ANSWERS}, so a match there counts twice. Chosen on the development set where it could
     * tell (title against body); the rest follow the order the issue sets.
     */
    static final Map<String, Float> THREAD_WEIGHTS = Map.of(
            TITLE, 1.5f,
            BODY, 1.0f,
            TRUSTED_ANSWERS, 0.5f,
            ANSWERS, 0.8f,
            COMMENTS, 0.4f);

    /** Fields searched on {@code post} documents to pick the best post of a thread. */
    static final Map<String, Float> POST_WEIGHTS = Map.of(POST_BODY, 1.0f, POST_TITLE, 1.0f);
}
