package org.parley.importer.stackexchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.parley.importer.AuthorAccounts;
import org.parley.importer.ImportProgress;
import org.parley.importer.ImportRefused;
import org.parley.importer.ImportSummary;
import org.parley.post.AnswerService;
import org.parley.post.AskQuestion;
import org.parley.post.CommentService;
import org.parley.post.ImportedPosts;
import org.parley.post.Post;
import org.parley.post.QuestionService;
import org.parley.post.Source;
import org.parley.post.VoteService;
import org.parley.problem.ParleyProblem;
import org.parley.user.Actor;
import org.parley.user.UserService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a Stack Exchange data dump folder ({@code Users.xml}, {@code Posts.xml}, {@code Comments.xml}, optional
 * {@code Votes.xml}; {@code Tags.xml} is not needed, tags come with the questions) through the post services.
 *
 * <p>Files are streamed row by row and written in batches of {@value #BATCH} rows, one transaction each: memory
 * stays bounded and an interrupted import keeps every finished batch. Every row is keyed on its source ref
 * ({@code stackexchange#post-12}, {@code stackexchange#comment-7}), so running the same command again resumes:
 * rows already imported are skipped. Bodies are stored as they are: the dump's HTML is valid Markdown input
 * (rendered through the sanitizer like any post), and Parley's own export writes Markdown there.
 */
@Service
public class StackExchangeImport {

    public static final String SYSTEM = "stackexchange";
    static final int BATCH = 500;

    private final QuestionService questions;
    private final AnswerService answers;
    private final CommentService comments;
    private final VoteService votes;
    private final ImportedPosts imported;
    private final UserService users;
    private final TransactionTemplate transaction;

    StackExchangeImport(QuestionService questions, AnswerService answers, CommentService comments, VoteService votes,
                        ImportedPosts imported, UserService users, PlatformTransactionManager transactions) {
        this.questions = questions;
        this.answers = answers;
        this.comments = comments;
        this.votes = votes;
        this.imported = imported;
        this.users = users;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** @param dryRun run it all in one transaction and roll it back */
    public ImportSummary importDump(Path dir, boolean dryRun, ImportProgress progress) {
        long start = System.nanoTime();
        for (String required : List.of("Users.xml", "Posts.xml", "Comments.xml")) {
            if (!Files.isRegularFile(dir.resolve(required))) {
                throw new ImportRefused(dir + ": no " + required + " (a Stack Exchange dump folder holds Users.xml,"
                        + " Posts.xml, Comments.xml and optionally Votes.xml)");
            }
        }
        Run run = new Run(dir, progress);
        if (!dryRun) {
            return run.all(start, false);
        }
        return transaction.execute(status -> {
            ImportSummary summary = run.all(start, true);
            status.setRollbackOnly();
            return summary;
        });
    }

    static String postRef(long id) {
        return SYSTEM + "#post-" + id;
    }

    static String commentRef(long id) {
        return SYSTEM + "#comment-" + id;
    }

    /** One import run: its counters and the few maps a dump needs across files. */
    private final class Run {
        private final Path dir;
        private final ImportProgress progress;
        private final AuthorAccounts authors = new AuthorAccounts(users);
        private final Map<Long, String> userNames = new HashMap<>();
        /** Question id → accepted answer id, applied once every answer exists. */
        private final Map<Long, Long> accepted = new HashMap<>();
        private final Set<Long> questionIds = new HashSet<>();
        private final Set<Long> answeredIds = new HashSet<>();
        private int newQuestions;
        private int newAnswers;
        private int newComments;
        private int newVotes;
        private int unchanged;
        private int done;

        Run(Path dir, ImportProgress progress) {
            this.dir = dir;
            this.progress = progress;
        }

        ImportSummary all(long start, boolean dryRun) {
            DumpReader.rows(dir.resolve("Users.xml"), row -> userNames.put(row.number("Id"), row.required("DisplayName")));
            inBatches("Posts.xml", this::post);
            inBatches("Comments.xml", this::comment);
            if (Files.isRegularFile(dir.resolve("Votes.xml"))) {
                inBatches("Votes.xml", this::vote);
            }
            List<Map.Entry<Long, Long>> accepts = new ArrayList<>(accepted.entrySet());
            for (int i = 0; i < accepts.size(); i += BATCH) {
                List<Map.Entry<Long, Long>> batch = accepts.subList(i, Math.min(accepts.size(), i + BATCH));
                transaction.executeWithoutResult(status -> batch.forEach(e -> accept(e.getKey(), e.getValue())));
            }
            questionIds.removeAll(answeredIds);
            return new ImportSummary(newQuestions, newAnswers, newComments, newVotes, questionIds.size(),
                    authors.created(), unchanged, (System.nanoTime() - start) / 1e9, dryRun, List.of());
        }

        private void inBatches(String file, Consumer<DumpRow> write) {
            List<DumpRow> batch = new ArrayList<>(BATCH);
            DumpReader.rows(dir.resolve(file), row -> {
                batch.add(row);
                if (batch.size() == BATCH) {
                    flush(batch, write);
                }
            });
            flush(batch, write);
        }

        private void flush(List<DumpRow> batch, Consumer<DumpRow> write) {
            if (batch.isEmpty()) {
                return;
            }
            transaction.executeWithoutResult(status -> batch.forEach(row -> {
                try {
                    write.accept(row);
                } catch (ParleyProblem problem) {
                    throw row.refused(problem.getMessage());
                }
            }));
            done += batch.size();
            progress.advanced(done, 0);
            batch.clear();
        }

        private void post(DumpRow row) {
            long id = row.number("Id");
            long type = row.number("PostTypeId");
            if (type != 1 && type != 2) {
                return; // tag wikis, moderator nominations...: not questions or answers
            }
            String ref = postRef(id);
            Instant created = row.time("CreationDate");
            if (type == 1) {
                questionIds.add(id);
                Long acceptedId = row.optionalNumber("AcceptedAnswerId");
                if (acceptedId != null) {
                    accepted.put(id, acceptedId);
                }
                if (imported.post(SYSTEM, ref).isPresent()) {
                    unchanged++;
                    return;
                }
                questions.ask(owner(row, "OwnerUserId", "OwnerDisplayName"), new AskQuestion(row.required("Title"),
                        row.required("Body"), tags(row), source(ref, row), created));
                newQuestions++;
                return;
            }
            long parent = row.number("ParentId");
            Post question = imported.post(SYSTEM, postRef(parent)).filter(Post::isQuestion).orElseThrow(() ->
                    row.refused("answer " + id + " belongs to question " + parent
                            + ", which is neither earlier in Posts.xml nor imported before"));
            answeredIds.add(parent);
            if (imported.post(SYSTEM, ref).isPresent()) {
                unchanged++;
                return;
            }
            answers.answer(owner(row, "OwnerUserId", "OwnerDisplayName"), question.id(), row.required("Body"),
                    source(ref, row), created);
            newAnswers++;
        }

        private void comment(DumpRow row) {
            String ref = commentRef(row.number("Id"));
            long postId = row.number("PostId");
            Post post = imported.post(SYSTEM, postRef(postId)).orElseThrow(() ->
                    row.refused("comment " + row.number("Id") + " is on post " + postId + ", which is not in Posts.xml"));
            if (imported.comment(SYSTEM, ref).isPresent()) {
                unchanged++;
                return;
            }
            comments.comment(owner(row, "UserId", "UserDisplayName"), post.id(), row.required("Text"),
                    source(ref, row), row.time("CreationDate"));
            newComments++;
        }

        /** Up and down votes with a known voter; a dump's anonymous votes have no account to hold them. */
        private void vote(DumpRow row) {
            long type = row.number("VoteTypeId");
            Long userId = row.optionalNumber("UserId");
            if ((type != 2 && type != 3) || userId == null) {
                return;
            }
            long postId = row.number("PostId");
            Post post = imported.post(SYSTEM, postRef(postId)).orElseThrow(() ->
                    row.refused("vote " + row.text("Id") + " is on post " + postId + ", which is not in Posts.xml"));
            Actor voter = authors.actorFor(nameOf(row, userId));
            if (voter.id() == post.author().id()) {
                return;
            }
            if (votes.myVote(voter, post.id()) != (type == 2 ? 1 : -1)) {
                votes.vote(voter, post.id(), type == 2 ? 1 : -1);
                newVotes++;
            }
        }

        private void accept(long questionId, long answerId) {
            Post question = imported.post(SYSTEM, postRef(questionId)).orElseThrow();
            Post answer = imported.post(SYSTEM, postRef(answerId)).orElse(null);
            if (answer == null || question.acceptedAnswerId() != null || !answer.parentId().equals(question.id())) {
                return;
            }
            Actor asker = authors.actorFor(question.source().author());
            answers.accept(asker, answer.id(), answer.createdAt());
        }

        private Actor owner(DumpRow row, String idAttribute, String nameAttribute) {
            Long userId = row.optionalNumber(idAttribute);
            String name = userId != null ? nameOf(row, userId) : row.text(nameAttribute);
            return authors.actorFor(name == null ? "" : name);
        }

        private String nameOf(DumpRow row, long userId) {
            String name = userNames.get(userId);
            if (name == null) {
                throw row.refused("user " + userId + " is not in Users.xml");
            }
            return name;
        }

        private Source source(String ref, DumpRow row) {
            Long userId = row.optionalNumber(row.attributes().containsKey("OwnerUserId") ? "OwnerUserId" : "UserId");
            String name = userId == null ? row.text("OwnerDisplayName") : userNames.get(userId);
            return new Source(SYSTEM, ref, name == null ? "" : name);
        }

        /** {@code <kmdf><usb>} in older dumps, {@code |kmdf|usb|} in newer ones. */
        private static List<String> tags(DumpRow row) {
            String raw = row.text("Tags");
            if (raw == null || raw.isBlank()) {
                throw row.refused("question " + row.text("Id") + " has no Tags");
            }
            List<String> tags = new ArrayList<>();
            for (String t : raw.split("[<>|]+")) {
                if (!t.isBlank()) {
                    tags.add(t);
                }
            }
            return tags;
        }
    }
}
