package org.parley.importer.blogthread;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Scores a {@link ThreadAnalysis} against hand annotations ({@code {ref, kind, repliesTo}} per comment).
 *
 * <p>Attachment: a gold question is right when predicted as a question. Any other comment is right when the
 * question(s) it was placed under are among the roots its gold {@code repliesTo} chain leads to ("strict");
 * "lenient" only requires one of them to be. Question detection: precision/recall/F1 of QUESTION against
 * gold kind "question".
 */
public final class ImportEvaluation {

    /** One hand-annotated comment. */
    public record GoldComment(int number, String kind, List<Integer> repliesTo) {
        public GoldComment {
            repliesTo = List.copyOf(repliesTo);
        }
    }

    /** The scores, plus one line per wrong attachment for reading. */
    public record Result(int judged, int attachedStrict, int attachedLenient, int truePositives, int falsePositives,
                         int falseNegatives, int kindAgreement, List<String> misses) {

        public Result {
            misses = List.copyOf(misses);
        }

        public double attachmentAccuracy() {
            return ratio(attachedStrict, judged);
        }

        public double lenientAttachmentAccuracy() {
            return ratio(attachedLenient, judged);
        }

        public double precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }

        public double recall() {
            return ratio(truePositives, truePositives + falseNegatives);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double kindAccuracy() {
            return ratio(kindAgreement, judged);
        }

        public String summary() {
            return String.format(Locale.ROOT,
                    "judged=%d attachment=%.3f (lenient %.3f) question P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d) kind=%.3f",
                    judged, attachmentAccuracy(), lenientAttachmentAccuracy(), precision(), recall(), f1(),
                    truePositives, falsePositives, falseNegatives, kindAccuracy());
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 0 : (double) a / b;
        }
    }

    private ImportEvaluation() {
    }

    public static List<GoldComment> readGold(Path json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(Files.readAllBytes(json));
        List<GoldComment> out = new ArrayList<>();
        for (JsonNode c : root.path("comments")) {
            List<Integer> replies = new ArrayList<>();
            c.path("repliesTo").forEach(r -> replies.add(refNumber(r.asString())));
            out.add(new GoldComment(refNumber(c.path("ref").asString()), c.path("kind").asString(), replies));
        }
        return out;
    }

    public static int refNumber(String ref) {
        return Integer.parseInt(ref.substring(ref.lastIndexOf('#') + 1).strip());
    }

    /** What an importer decided for one comment: its role and the question(s) it ended up under. */
    public record Prediction(int number, String author, Role role, List<Integer> questionRefs) {
        public Prediction {
            questionRefs = List.copyOf(questionRefs);
        }
    }

    public static Result evaluate(ThreadAnalysis analysis, List<GoldComment> gold) {
        Map<Integer, Prediction> predictions = new HashMap<>();
        analysis.comments().forEach(c -> predictions.put(c.number(),
                new Prediction(c.number(), c.author(), c.role(), c.questionRefs())));
        return evaluate(predictions, gold);
    }

    /** Scores predictions keyed by comment number (from a rebuild or from an import report). */
    public static Result evaluate(Map<Integer, Prediction> predictions, List<GoldComment> gold) {
        Map<Integer, GoldComment> byNumber = new LinkedHashMap<>();
        gold.forEach(g -> byNumber.put(g.number(), g));
        Map<Integer, Set<Integer>> roots = new HashMap<>();
        int strict = 0;
        int lenient = 0;
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int kinds = 0;
        List<String> misses = new ArrayList<>();
        for (GoldComment g : gold) {
            Prediction p = predictions.get(g.number());
            Role predicted = p == null ? Role.OTHER : p.role();
            List<Integer> refs = p == null ? List.of() : p.questionRefs();
            boolean goldQuestion = g.kind().equals("question");
            boolean predictedQuestion = predicted == Role.QUESTION;
            if (goldQuestion && predictedQuestion) {
                tp++;
            } else if (predictedQuestion) {
                fp++;
            } else if (goldQuestion) {
                fn++;
            }
            if (predicted.name().equalsIgnoreCase(g.kind())) {
                kinds++;
            }
            boolean rightStrict;
            boolean rightLenient;
            Set<Integer> goldRoots = goldQuestion ? Set.of(g.number()) : rootsOf(g.number(), byNumber, roots);
            if (goldQuestion) {
                rightStrict = rightLenient = predictedQuestion;
            } else if (predictedQuestion) {
                rightStrict = rightLenient = false;
            } else if (goldRoots.isEmpty()) {
                rightStrict = rightLenient = refs.isEmpty();
            } else {
                rightStrict = !refs.isEmpty() && goldRoots.containsAll(refs);
                rightLenient = refs.stream().anyMatch(goldRoots::contains);
            }
            strict += rightStrict ? 1 : 0;
            lenient += rightLenient ? 1 : 0;
            if (!rightStrict) {
                misses.add(String.format(Locale.ROOT, "#%d %s: gold %s under %s, predicted %s under %s",
                        g.number(), p == null ? "?" : p.author(), g.kind(), goldRoots, predicted, refs));
            }
        }
        return new Result(gold.size(), strict, lenient, tp, fp, fn, kinds, misses);
    }

    /** The questions a gold comment's repliesTo chain ends at; a reference outside the annotations is its own root. */
    private static Set<Integer> rootsOf(int number, Map<Integer, GoldComment> gold, Map<Integer, Set<Integer>> memo) {
        Set<Integer> known = memo.get(number);
        if (known != null) {
            return known;
        }
        GoldComment g = gold.get(number);
        Set<Integer> out = new TreeSet<>();
        if (g == null || g.kind().equals("question")) {
            out.add(number);
        } else {
            memo.put(number, Set.of()); // guards against a cyclic annotation
            for (int parent : g.repliesTo()) {
                if (parent < number) {
                    out.addAll(rootsOf(parent, gold, memo));
                }
            }
        }
        memo.put(number, out);
        return out;
    }

    public static void printTable(ThreadAnalysis analysis, PrintStream out) {
        Map<Integer, Conversation> byQuestion = analysis.conversations().stream()
                .collect(Collectors.toMap(Conversation::questionRef, c -> c));
        for (CommentAnalysis c : analysis.comments()) {
            String refs = c.questionRefs().stream().map(String::valueOf).collect(Collectors.joining(","));
            String extra;
            if (c.role() == Role.QUESTION) {
                Conversation conv = byQuestion.get(c.number());
                extra = c.title() + "  " + c.tags() + (conv.unanswered() ? "  (unanswered)" : "");
            } else {
                Set<String> names = new HashSet<>();
                c.parts().forEach(p -> {
                    if (!p.addressee().isEmpty()) {
                        names.add(p.addressee() + (p.resolvedTo().isEmpty() ? "" : "=" + p.resolvedTo()));
                    }
                });
                extra = (names.isEmpty() ? "" : "to " + names + " ")
                        + (c.parentRef().isPresent() ? "parent " + c.parentRef().getAsInt() : "")
                        + (c.accepted() ? " ACCEPTED" : "")
                        + (c.acceptsRef().isPresent() ? " accepts " + c.acceptsRef().getAsInt() : "");
            }
            out.printf(Locale.ROOT, "%4d %-18.18s %-8s %-10s %s%n", c.number(), c.author(), c.role(), refs, extra);
        }
    }
}
