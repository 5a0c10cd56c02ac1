package org.parley.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.parley.store.StoreProperties;

/**
 * Stand-alone query latency benchmark (not a test; run it by hand, see BENCHMARKS.md):
 * {@code java -cp ... org.parley.search.SearchLatencyBenchmark [questions] [answersPerQuestion]}, with
 * {@code -Dbench.modes=lexical} to time one half and {@code -Dbench.slowest=true} to list the slowest 2%.
 *
 * <p>Generates a corpus from the seed thread's vocabulary (or a built-in word list), indexes it
 * through the real document layout, and times {@link SearchService} on random 3-6 word queries:
 * lexical alone and hybrid (query embedding included). Passage vectors in the generated corpus are
 * random unit vectors: computing real ones for a large corpus takes hours on 2 cores, and HNSW
 * search cost does not depend on what the vectors mean.
 */
public final class SearchLatencyBenchmark {

    /**
     * The searching thread's own CPU time per query, beside the wall time: on a shared machine the
     * wall time mostly measures the neighbours, the CPU time far less. The query embedding runs in the
     * ONNX runtime's threads, so hybrid CPU time leaves it out.
     */
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private SearchLatencyBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int questions = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int answersPer = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Random random = new Random(42);
        List<String> words = vocabulary();
        Path dir = Files.createTempDirectory("parley-bench");
        SearchProperties properties = new SearchProperties(true, Duration.ofMillis(100), true, 0.65, Duration.ofSeconds(60));
        SearchIndex index = new SearchIndex(new StoreProperties(dir, Duration.ofSeconds(30), 8), properties, Clock.systemUTC());
        ThreadDocuments lexicalDocs = new ThreadDocuments(SentenceEmbeddings.off());
        long started = System.nanoTime();
        long postId = 1;
        for (int q = 1; q <= questions; q++) {
            long questionId = postId++;
            List<IndexedThread.IndexedPost> answers = new ArrayList<>();
            for (int a = 0; a < answersPer; a++) {
                answers.add(new IndexedThread.IndexedPost(postId++, false, text(words, random, 50), "expert", a == 0, 0, List.of()));
            }
            IndexedThread t = new IndexedThread(questionId, text(words, random, 8), List.of("kmdf"), q, q, random.nextInt(5),
                    answers.isEmpty() ? null : answers.get(0).id(), null, null, null,
                    new IndexedThread.IndexedPost(questionId, true, text(words, random, 60), "asker", false, 0, List.of()),
                    answers);
            List<Document> docs = new ArrayList<>(lexicalDocs.of(t));
            for (long p = questionId; p < postId; p++) {
                docs.add(passage(questionId, p, random));
            }
            index.write(questionId, docs);
            if (q % 50_000 == 0) {
                index.commit();
                System.out.printf("indexed %,d questions in %.0f s%n", q, (System.nanoTime() - started) / 1e9);
            }
        }
        index.commit();
        long posts = postId - 1;
        System.out.printf("corpus: %,d questions, %,d posts, indexed in %.0f s%n", questions, posts,
                (System.nanoTime() - started) / 1e9);

        SearchService search = new SearchService(index, properties);
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            queries.add(text(words, random, 3 + random.nextInt(4)));
        }
        int pageSize = Integer.getInteger("bench.pageSize", 10);
        List<SearchService.Mode> modes = Arrays.stream(System.getProperty("bench.modes", "lexical,hybrid").split(","))
                .map(m -> SearchService.Mode.valueOf(m.strip().toUpperCase(java.util.Locale.ROOT))).toList();
        for (SearchService.Mode mode : modes) {
            for (int i = 0; i < 50; i++) {
                search.search(SearchQuery.parse(queries.get(i), null, null, "relevance", 1, pageSize), mode);
            }
            long[] nanos = new long[queries.size()];
            long[] cpu = new long[queries.size()];
            for (int i = 0; i < queries.size(); i++) {
                long c0 = THREADS.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                search.search(SearchQuery.parse(queries.get(i), null, null, "relevance", 1, pageSize), mode);
                nanos[i] = System.nanoTime() - t0;
                cpu[i] = THREADS.getCurrentThreadCpuTime() - c0;
            }
            long[] byQuery = cpu.clone();
            Arrays.sort(nanos);
            Arrays.sort(cpu);
            if (Boolean.getBoolean("bench.slowest")) {
                for (int i = 0; i < byQuery.length; i++) {
                    if (byQuery[i] >= cpu[cpu.length * 98 / 100]) {
                        System.out.printf("  slow: %.1f ms CPU  %s%n", byQuery[i] / 1e6, queries.get(i));
                    }
                }
            }
            System.out.printf("%-8s %,d posts: p50 %.2f ms, p99 %.2f ms; CPU p50 %.2f ms, p99 %.2f ms"
                            + " (%d queries, top 10 with best post and snippet)%n",
                    mode.name().toLowerCase(), posts, nanos[nanos.length / 2] / 1e6, nanos[nanos.length * 99 / 100] / 1e6,
                    cpu[cpu.length / 2] / 1e6, cpu[cpu.length * 99 / 100] / 1e6, nanos.length);
        }
        index.destroy();
    }

    private static Document passage(long questionId, long postId, Random random) {
        float[] v = new float[SentenceEmbeddings.DIMENSIONS];
        double norm = 0;
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) random.nextGaussian();
            norm += v[i] * v[i];
        }
        for (int i = 0; i < v.length; i++) {
            v[i] /= (float) Math.sqrt(norm);
        }
        Document d = new Document();
        d.add(new StringField(IndexFields.KIND, IndexFields.KIND_PASSAGE, Field.Store.NO));
        d.add(new StringField(IndexFields.QUESTION_ID, Long.toString(questionId), Field.Store.YES));
        d.add(new org.apache.lucene.document.NumericDocValuesField(IndexFields.QUESTION_ID, questionId));
        d.add(new StoredField(IndexFields.POST_ID, postId));
        d.add(new org.apache.lucene.document.NumericDocValuesField(IndexFields.POST_ID, postId));
        d.add(new KnnFloatVectorField(IndexFields.VECTOR, v, SentenceEmbeddings.SIMILARITY));
        return d;
    }

    private static String text(List<String> words, Random random, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : " ").append(words.get((int) Math.min(words.size() - 1,
                    Math.abs(random.nextGaussian()) * words.size() / 3)));
        }
        return b.toString();
    }

    /** Words of the seed thread in order of first appearance, so common words come first. */
    private static List<String> vocabulary() throws IOException {
        Path seed = Path.of("..", "..", "shared", "data", "blog-thread-kmdf.txt");
        if (!Files.exists(seed)) {
            seed = Path.of("..", "shared", "data", "blog-thread-kmdf.txt");
        }
        List<String> words = new ArrayList<>();
        if (Files.exists(seed)) {
            java.util.LinkedHashSet<String> seen = new java.util.LinkedHashSet<>();
            for (String w : Files.readString(seed).split("[^A-Za-z0-9_:!]+")) {
                if (w.length() > 2) {
                    seen.add(w);
                }
            }
            words.addAll(seen);
        } else {
            words.addAll(List.of("driver", "device", "request", "queue", "WdfRequestSend", "irp", "usb", "power",
                    "STATUS_INVALID_PARAMETER", "0xC000000D", "filter", "interrupt", "KMDF", "WDM", "completion"));
        }
        return words;
    }
}
