package org.parley.importer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.parley.importer.blogthread.AddressedPart;
import org.parley.importer.blogthread.CommentAnalysis;
import org.parley.importer.blogthread.ParsedThread;
import org.parley.importer.blogthread.Role;
import org.parley.importer.blogthread.SourceComment;
import org.parley.importer.blogthread.TagSuggester;
import org.parley.importer.blogthread.ThreadAnalysis;
import org.parley.importer.blogthread.TitleWriter;
import org.parley.post.AnswerService;
import org.parley.post.AskQuestion;
import org.parley.post.CommentService;
import org.parley.post.ImportedPosts;
import org.parley.post.Post;
import org.parley.post.PostRules;
import org.parley.post.QuestionService;
import org.parley.post.Source;
import org.parley.problem.ParleyProblem;
import org.parley.user.Actor;

/**
 * Writes one rebuilt blog thread as Parley posts, through the same services the pages use, so every post is
 * validated, revisioned and announced to search like a typed one.
 *
 * <p>Mapping: a question becomes a question (generated title and tags, original text as body); an answer becomes
 * an answer on each question it responds to; follow-ups, thanks and other remarks become comments under the post
 * they respond to (comments cannot nest, so a reply to a comment goes under that comment's post). Each source
 * comment is written once, keyed on its {@link Source} ref, so a second run skips what the first one wrote.
 */
final class ConversationPosts {

    static final String SYSTEM = "blog-thread";
    /**
     * The thread carries no dates, only an order: comment N is stamped BASE + N minutes, so lists, answer order and
     * activity follow the original order whatever day the import runs.
     */
    static final Instant ORIGINAL_ORDER_BASE = Instant.parse("2010-01-01T00:00:00Z");

    private final QuestionService questions;
    private final AnswerService answers;
    private final CommentService comments;
    private final ImportedPosts imported;
    private final AuthorAccounts authors;
    private final ParsedThread thread;
    private final ThreadAnalysis analysis;

    /** Parley post id of each question comment. */
    private final Map<Integer, Long> questionPosts = new HashMap<>();
    /** Parley post id of each answer comment, per question it went to. */
    private final Map<Integer, Map<Integer, Long>> answerPosts = new HashMap<>();
    private final List<ReportEntry> report = new ArrayList<>();
    private int newQuestions;
    private int newAnswers;
    private int newComments;
    private int unchanged;

    ConversationPosts(QuestionService questions, AnswerService answers, CommentService comments,
                      ImportedPosts imported, AuthorAccounts authors, ParsedThread thread, ThreadAnalysis analysis) {
        this.questions = questions;
        this.answers = answers;
        this.comments = comments;
        this.imported = imported;
        this.authors = authors;
        this.thread = thread;
        this.analysis = analysis;
    }

    ImportSummary write(ImportProgress progress, long startNanos, boolean dryRun) {
        List<SourceComment> sources = thread.comments();
        for (int i = 0; i < sources.size(); i++) {
            SourceComment source = sources.get(i);
            CommentAnalysis c = analysis.comment(source.number()).orElseThrow();
            at(source, () -> {
                switch (c.role()) {
                    case QUESTION -> ask(source, c);
                    case ANSWER -> answer(source, c);
                    default -> remark(source, c);
                }
                return null;
            });
            progress.advanced(i + 1, sources.size());
        }
        for (SourceComment source : sources) {
            CommentAnalysis c = analysis.comment(source.number()).orElseThrow();
            if (c.acceptsRef().isPresent() && !c.questionRefs().isEmpty()) {
                at(source, () -> accept(source, c));
            }
        }
        int unanswered = (int) questionPosts.values().stream()
                .filter(id -> questions.find(id).map(q -> q.answerCount() == 0).orElse(false)).count();
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        return new ImportSummary(newQuestions, newAnswers, newComments, 0, unanswered, authors.created(), unchanged,
                seconds, dryRun, report);
    }

    private void ask(SourceComment source, CommentAnalysis c) {
        ask(source, c.title(), c.tags());
    }

    /**
     * A comment the rebuilder could place nowhere (a reply before any question, a remark in an empty thread)
     * stands as a question of its own rather than being dropped: nothing in the source is lost.
     */
    private void askUnplaced(SourceComment source) {
        ask(source, TitleWriter.titleFor(source.body()), TagSuggester.tagsFor(source.body()));
    }

    private void ask(SourceComment source, String title, List<String> tags) {
        String ref = ref(source.number());
        long id = imported.post(SYSTEM, ref).map(this::existing).orElseGet(() -> {
            newQuestions++;
            return questions.ask(authors.actorFor(source.author()), new AskQuestion(title, source.body(), tags,
                    source(ref, source), timeOf(source.number()))).id();
        });
        questionPosts.put(source.number(), id);
        report.add(new ReportEntry(ref, source.author(), "question", ref, null, title, null));
    }

    /**
     * One answer per question the comment responds to. A reply to several askers keeps its full text (and the
     * plain ref) on the first question; every other question gets the part addressed to its asker and a link to
     * that full reply.
     */
    private void answer(SourceComment source, CommentAnalysis c) {
        List<Integer> targets = c.questionRefs().stream().filter(questionPosts::containsKey).toList();
        if (targets.isEmpty()) {
            askUnplaced(source);
            return;
        }
        Actor author = authors.actorFor(source.author());
        Map<Integer, Long> posted = answerPosts.computeIfAbsent(source.number(), k -> new HashMap<>());
        long fullReply = 0;
        for (int q : targets) {
            boolean first = q == targets.get(0);
            String ref = first ? ref(source.number()) : ref(source.number()) + "/for-" + q;
            String body = first ? source.body() : partFor(c, q, targets.get(0), fullReply);
            long question = questionPosts.get(q);
            long id = imported.post(SYSTEM, ref).map(this::existing).orElseGet(() -> {
                newAnswers++;
                return answers.answer(author, question, body, source(ref, source), timeOf(source.number())).id();
            });
            posted.put(q, id);
            if (first) {
                fullReply = id;
            }
        }
        report.add(new ReportEntry(ref(source.number()), source.author(), role(c), ref(targets.get(0)),
                ref(targets.get(0)), null, targets.size() > 1 ? targets.stream().map(ConversationPosts::ref).toList() : null));
    }

    private String partFor(CommentAnalysis c, int question, int firstQuestion, long fullReply) {
        StringBuilder text = new StringBuilder();
        for (AddressedPart part : c.parts()) {
            if (part.questionRefs().contains(question)) {
                text.append(part.text().strip()).append("\n\n");
            }
        }
        if (text.isEmpty()) {
            text.append(c.parts().isEmpty() ? "" : c.parts().get(0).text()).append("\n\n");
        }
        return text.append("*Part of [one reply to several questions](/questions/").append(questionPosts.get(firstQuestion))
                .append("#post-").append(fullReply).append(") (comment ").append(c.number()).append(" of the thread).*")
                .toString();
    }

    /**
     * A follow-up, thanks or other remark: a comment under the post it responds to. Comments hold at most 2,000
     * characters; a longer remark (pasted logs, usually) is split at line breaks into numbered consecutive
     * comments rather than turned into an answer, which would take its question off the unanswered queue.
     */
    private void remark(SourceComment source, CommentAnalysis c) {
        if (c.questionRefs().isEmpty() || !questionPosts.containsKey(c.questionRefs().get(0))) {
            askUnplaced(source);
            return;
        }
        int question = c.questionRefs().get(0);
        int parentRef = c.parentRef().orElse(question);
        Long answerPost = answerPosts.getOrDefault(parentRef, Map.of()).get(question);
        long post = answerPost != null ? answerPost : questionPosts.get(question);
        int reportedParent = answerPost != null ? parentRef : question;
        Actor author = authors.actorFor(source.author());
        List<String> pieces = CommentPieces.split(source.body(), PostRules.COMMENT_MAX);
        for (int k = 0; k < pieces.size(); k++) {
            String ref = k == 0 ? ref(source.number()) : ref(source.number()) + "/part-" + (k + 1);
            String body = pieces.get(k);
            // Parts of one comment must sort in order under the same post; a second apart is enough.
            Instant when = timeOf(source.number()).plusSeconds(k);
            if (imported.comment(SYSTEM, ref).isPresent()) {
                unchanged++;
            } else {
                comments.comment(author, post, body, source(ref, source), when);
                newComments++;
            }
        }
        report.add(new ReportEntry(ref(source.number()), source.author(), role(c), ref(question),
                ref(reportedParent), null, null));
    }

    /** The asker said it worked: their question accepts that answer, unless one is already accepted. */
    private Void accept(SourceComment source, CommentAnalysis c) {
        int question = c.questionRefs().get(0);
        Long answer = answerPosts.getOrDefault(c.acceptsRef().getAsInt(), Map.of()).get(question);
        Long questionId = questionPosts.get(question);
        if (answer == null || questionId == null) {
            return null;
        }
        Post q = questions.find(questionId).orElseThrow();
        if (q.acceptedAnswerId() == null) {
            Actor asker = new Actor(q.author().id(), q.author().handle(), org.parley.user.Role.MEMBER);
            answers.accept(asker, answer, timeOf(source.number()));
        }
        return null;
    }

    private long existing(Post post) {
        unchanged++;
        return post.id();
    }

    /** Runs one comment's writes; a refusal names the comment and its line. */
    private static <T> T at(SourceComment source, Supplier<T> work) {
        try {
            return work.get();
        } catch (ParleyProblem problem) {
            throw new ImportRefused("comment " + source.number() + " (line " + source.line() + "): "
                    + problem.getMessage());
        }
    }

    private static Source source(String ref, SourceComment comment) {
        return new Source(SYSTEM, ref, comment.author());
    }

    static String ref(int number) {
        return SYSTEM + "#" + number;
    }

    static Instant timeOf(int number) {
        return ORIGINAL_ORDER_BASE.plus(Duration.ofMinutes(number));
    }

    private static String role(CommentAnalysis c) {
        return c.role().name().toLowerCase(java.util.Locale.ROOT);
    }
}
