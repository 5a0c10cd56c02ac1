package org.parley.search;

/** The sentence vector of one search's text, computed at most once however many steps need it. */
final class QueryVector {

    private final SentenceEmbeddings embeddings;
    private final String text;
    private float[] vector;

    QueryVector(SentenceEmbeddings embeddings, QueryText query) {
        this.embeddings = embeddings;
        this.text = String.join(" ", query.wanted());
    }

    float[] get() {
        if (vector == null) {
            vector = embeddings.embed(text);
        }
        return vector;
    }
}
