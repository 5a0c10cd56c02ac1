package org.parley.importer.wordpress;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.parley.importer.AuthorAccounts;
import org.parley.importer.CommentPieces;
import org.parley.importer.ImportProgress;
import org.parley.importer.ImportRefused;
import org.parley.importer.ImportSummary;
import org.parley.post.AnswerService;
import org.parley.post.AskQuestion;
import org.parley.post.CommentService;
import org.parley.post.ImportedPosts;
import org.parley.post.Post;
import org.parley.post.PostRules;
import org.parley.post.QuestionService;
import org.parley.post.Source;
import org.parley.problem.ParleyProblem;
import org.parley.user.UserService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a WordPress export (WXR) keeping WordPress's own structure: each published post becomes a question
 * (its title, HTML content and tags), each approved top-level comment an answer on it, and each threaded reply a
 * comment under the answer its thread started from (Parley comments do not nest; the reply keeps its order).
 * Pending, spam and trashed comments, drafts, pages and attachments are left out. One transaction for the
 * file; keyed on {@code wordpress#post-N} and {@code wordpress#comment-N}, so re-running adds only what is new.
 *
 * <p>A blog whose comments are themselves a flat Q&amp;A thread is better served by the blog-thread import, which
 * rebuilds who answers whom.
 */
@Service
public class WordPressImport {

    static final String SYSTEM = "wordpress";
    private static final String FALLBACK_TAG = "blog";

    private final QuestionService questions;
    private final AnswerService answers;
    private final CommentService comments;
    private final ImportedPosts imported;
    private final UserService users;
    private final TransactionTemplate transaction;

    WordPressImport(QuestionService questions, AnswerService answers, CommentService comments, ImportedPosts imported,
                    UserService users, PlatformTransactionManager transactions) {
        this.questions = questions;
        this.answers = answers;
        this.comments = comments;
        this.imported = imported;
        this.users = users;
        this.transaction = new TransactionTemplate(transactions);
    }

    public ImportSummary importExport(Path file, boolean dryRun, ImportProgress progress) {
        if (!Files.isRegularFile(file)) {
            throw new ImportRefused(file + ": no such file");
        }
        long start = System.nanoTime();
        return transaction.execute(status -> {
            Run run = new Run(file.getFileName().toString());
            new WxrReader(file).posts(post -> run.post(post, progress));
            if (dryRun) {
                status.setRollbackOnly();
            }
            return new ImportSummary(run.questions, run.answers, run.comments, 0, run.unanswered(),
                    run.authors.created(), run.unchanged, (System.nanoTime() - start) / 1e9, dryRun, List.of());
        });
    }

    static String postRef(long id) {
        return SYSTEM + "#post-" + id;
    }

    static String commentRef(long id) {
        return SYSTEM + "#comment-" + id;
    }

    /** Titles must be 10 to 200 characters: a short one ("Update") is marked as a blog post, a long one cut at a word. */
    static String title(WxrPost post) {
        String title = post.title().isBlank() ? "Blog post " + post.id() : post.title();
        if (title.length() < PostRules.TITLE_MIN) {
            title = title + " (blog post)";
        }
        if (title.length() > PostRules.TITLE_MAX) {
            int cut = title.lastIndexOf(' ', PostRules.TITLE_MAX - 1);
            title = title.substring(0, cut > PostRules.TITLE_MIN ? cut : PostRules.TITLE_MAX - 1) + "…";
        }
        return title;
    }

    /** Tag and category nicenames that fit the tag rules, at most five; "blog" when none does. */
    static List<String> tags(WxrPost post) {
        Set<String> tags = new LinkedHashSet<>();
        for (String raw : post.tags()) {
            String tag = raw.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.+#-]+", "-").replaceAll("^-+|-+$", "");
            if (!tag.isEmpty() && PostRules.TAG.matcher(tag).matches() && !"uncategorized".equals(tag)) {
                tags.add(tag);
            }
        }
        List<String> kept = new ArrayList<>(tags).subList(0, Math.min(tags.size(), PostRules.TAGS_MAX));
        return kept.isEmpty() ? List.of(FALLBACK_TAG) : kept;
    }

    private final class Run {
        final String fileName;
        final AuthorAccounts authors = new AuthorAccounts(users);
        final Set<Long> questionIds = new LinkedHashSet<>();
        int questions;
        int answers;
        int comments;
        int unchanged;
        int done;

        Run(String fileName) {
            this.fileName = fileName;
        }

        void post(WxrPost post, ImportProgress progress) {
            if (!post.published()) {
                return;
            }
            try {
                write(post);
            } catch (ParleyProblem problem) {
                throw new ImportRefused(fileName + " line " + post.line() + ": post " + post.id() + ": "
                        + problem.getMessage());
            }
            progress.advanced(++done, 0);
        }

        private void write(WxrPost post) {
            String ref = postRef(post.id());
            Post question = imported.post(SYSTEM, ref).map(this::existing).orElseGet(() -> {
                questions++;
                return WordPressImport.this.questions.ask(authors.actorFor(post.author()),
                        new AskQuestion(title(post), post.content().isBlank() ? post.title() : post.content(),
                                tags(post), new Source(SYSTEM, ref, post.author()), post.date()));
            });
            questionIds.add(question.id());
            Map<Long, Long> answerOf = new HashMap<>(); // comment id → the answer its thread hangs under
            Map<Long, WxrComment> byId = new HashMap<>();
            post.comments().forEach(c -> byId.put(c.id(), c));
            List<WxrComment> ordered = post.comments().stream().filter(WxrComment::approved)
                    .sorted((a, b) -> a.date().equals(b.date()) ? Long.compare(a.id(), b.id()) : a.date().compareTo(b.date()))
                    .toList();
            for (WxrComment c : ordered) {
                try {
                    if (c.parent() == 0 || !byId.containsKey(c.parent())) {
                        answerOf.put(c.id(), answer(question, c));
                    } else {
                        long root = answerOf.getOrDefault(c.parent(), question.id());
                        answerOf.put(c.id(), root);
                        reply(root, c);
                    }
                } catch (ParleyProblem problem) {
                    throw new ImportRefused(fileName + " line " + c.line() + ": comment " + c.id() + ": "
                            + problem.getMessage());
                }
            }
        }

        private long answer(Post question, WxrComment c) {
            String ref = commentRef(c.id());
            return imported.post(SYSTEM, ref).map(this::existing).orElseGet(() -> {
                answers++;
                return WordPressImport.this.answers.answer(authors.actorFor(c.author()), question.id(), c.content(),
                        new Source(SYSTEM, ref, c.author()), c.date());
            }).id();
        }

        private void reply(long postId, WxrComment c) {
            List<String> pieces = CommentPieces.split(c.content(), PostRules.COMMENT_MAX);
            for (int k = 0; k < pieces.size(); k++) {
                String ref = commentRef(c.id()) + (k == 0 ? "" : "/part-" + (k + 1));
                Optional<?> known = imported.comment(SYSTEM, ref);
                if (known.isPresent()) {
                    unchanged++;
                    continue;
                }
                WordPressImport.this.comments.comment(authors.actorFor(c.author()), postId, pieces.get(k),
                        new Source(SYSTEM, ref, c.author()), c.date().plusSeconds(k));
                comments++;
            }
        }

        private Post existing(Post post) {
            unchanged++;
            return post;
        }

        int unanswered() {
            return (int) questionIds.stream()
                    .filter(id -> WordPressImport.this.questions.find(id).map(q -> q.answerCount() == 0).orElse(false))
                    .count();
        }
    }
}
