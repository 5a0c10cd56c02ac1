package org.parley.search;

import org.apache.lucene.index.VectorSimilarityFunction;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * Sentence vectors for the dense half of hybrid search: all-MiniLM-L6-v2 (quantized), run in
 * process on ONNX Runtime from the model inside its Maven artifact. Loaded on first use, so commands
 * and tests that never embed do not pay for it. Vectors are derived data: the model's name is
 * recorded with every index commit and a different model triggers a rebuild.
 */
final class SentenceEmbeddings {

    /** Recorded in the index; change it whenever the model or the text fed to it changes. */
    static final String MODEL = "all-minilm-l6-v2-q/3";
    static final int DIMENSIONS = 384;
    /**
     * Vectors are scaled to unit length, so the dot product equals the cosine and HNSW search skips
     * computing two norms per comparison. Scores stay (1 + cosine) / 2.
     */
    static final VectorSimilarityFunction SIMILARITY = VectorSimilarityFunction.DOT_PRODUCT;
    /** The model reads at most 256 word pieces; longer texts are cut rather than averaged, for speed. */
    private static final int MAX_CHARS = 1500;

    private final boolean enabled;
    private volatile EmbeddingModel model;

    private SentenceEmbeddings(boolean enabled) {
        this.enabled = enabled;
    }

    static SentenceEmbeddings miniLm() {
        return new SentenceEmbeddings(true);
    }

    static SentenceEmbeddings off() {
        return new SentenceEmbeddings(false);
    }

    boolean enabled() {
        return enabled;
    }

    /** What the index records as its model: the model name, or {@code none}. */
    String modelName() {
        return enabled ? MODEL : "none";
    }

    float[] embed(String text) {
        if (!enabled) {
            throw new IllegalStateException("embeddings are switched off");
        }
        String cut = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        return unit(model().embed(cut.isBlank() ? "-" : cut).content().vector());
    }

    static float[] unit(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += x * x;
        }
        float norm = (float) Math.sqrt(sum);
        if (norm > 0) {
            for (int i = 0; i < v.length; i++) {
                v[i] /= norm;
            }
        }
        return v;
    }

    private EmbeddingModel model() {
        EmbeddingModel m = model;
        if (m == null) {
            synchronized (this) {
                if (model == null) {
                    model = new AllMiniLmL6V2QuantizedEmbeddingModel();
                }
                m = model;
            }
        }
        return m;
    }
}
