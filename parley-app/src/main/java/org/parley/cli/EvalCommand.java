package org.parley.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.parley.search.Evaluation;
import org.parley.search.IndexRebuild;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;

/**
 * {@code parley eval QUERIES.json}: search quality on labelled queries, Parley (lexical and
 * hybrid) next to a stock Lucene baseline.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure search on labelled queries: MRR@10, recall@10, hit@10, nDCG@10 overall and per style, "
                + "next to a StandardAnalyzer + BM25 baseline. Search settings pass through as --parley.search.name=value.")
public class EvalCommand implements Callable<Integer> {

    /** The sidebar's length: what a reader sees beside a question. */
    private static final int SIMILAR_CUTOFF = 6;

    @Mixin
    DataOptions data;

    @Parameters(paramLabel = "QUERIES.json", description = "Labelled queries ({\"queries\":[{id, q, style, relevant:[source refs]}]}).")
    Path queries;

    @Option(names = "--no-rebuild", description = "Search the index as it is instead of rebuilding it from the store first.")
    boolean noRebuild;

    @Option(names = "--per-query", description = "Also print each query's reciprocal rank per system.")
    boolean perQuery;

    @Option(names = "--explain", paramLabel = "ID", description = "Print the top results of each system for one query.")
    String explain;

    @Option(names = "--similar", description = "Measure the similar-questions list instead: each labelled query is a "
            + "cluster of duplicate questions, and each member's list should name the others (MRR, recall and hit at 6).")
    boolean similar;

    @Unmatched
    List<String> springOptions = new ArrayList<>();

    @Override
    public Integer call() {
        if (!Files.isReadable(queries)) {
            throw new IllegalArgumentException("cannot read " + queries);
        }
        List<Evaluation.LabelledQuery> labelled = Evaluation.readQueries(queries);
        try (var context = Contexts.offline(data, springOptions.toArray(String[]::new))) {
            if (!noRebuild) {
                IndexRebuild.Result r = context.getBean(IndexRebuild.class).rebuild((done, total, docs) -> { });
                System.out.printf("Indexed %d questions (%d documents) in %.1f s.%n", r.questions(), r.documents(),
                        r.millis() / 1000.0);
            }
            if (similar) {
                Evaluation.SimilarReport r = context.getBean(Evaluation.class).similar(labelled, SIMILAR_CUTOFF);
                if (r.members() == 0) {
                    throw new IllegalArgumentException("no query in " + queries + " names two or more questions of this"
                            + " data directory by source ref: --similar needs clusters of duplicates, such as a"
                            + " generated dump's labels.json after importing that dump");
                }
                System.out.printf(java.util.Locale.ROOT, "similar questions, %d clusters, %d questions looked up: MRR@%d %.3f,"
                                + " R@%d %.3f, hit@%d %.3f; per lookup %.2f ms CPU, %.2f ms wall%n", labelled.size(),
                        r.members(), SIMILAR_CUTOFF, r.metrics().reciprocalRank(), SIMILAR_CUTOFF, r.metrics().recall(),
                        SIMILAR_CUTOFF, r.metrics().hit(), r.cpuMillis(), r.wallMillis());
                return 0;
            }
            Evaluation.Report report = context.getBean(Evaluation.class).run(labelled);
            System.out.printf("%d queries, cut-off %d (per conversation; R@10: share of relevant conversations found; hit: any found)%n",
                    labelled.size(), 10);
            System.out.print(report.table());
            if (explain != null) {
                labelled.stream().filter(q -> q.id().equals(explain)).findFirst().ifPresent(q -> {
                    System.out.println(q.text() + "\n  relevant " + q.relevant());
                    context.getBean(Evaluation.class).explain(q.text())
                            .forEach((system, refs) -> System.out.println("  " + system + " " + refs));
                });
            }
            if (perQuery) {
                report.perQuery().get("hybrid").forEach((id, m) -> System.out.printf(
                        "%s baseline %.2f lexical %.2f dense %.2f hybrid %.2f%n", id,
                        report.perQuery().get("baseline").get(id).reciprocalRank(),
                        report.perQuery().get("lexical").get(id).reciprocalRank(),
                        report.perQuery().get("dense").get(id).reciprocalRank(), m.reciprocalRank()));
            }
        }
        return 0;
    }
}
