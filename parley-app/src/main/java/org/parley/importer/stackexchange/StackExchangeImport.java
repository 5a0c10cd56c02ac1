package org.parley.importer.stackexchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.parley.importer.AuthorAccounts;
import org.parley.importer.ImportProgress;
import org.parley.importer.ImportRefused;
import org.parley.importer.ImportSummary;
import org.parley.post.PostImport;
import org.parley.post.PostImport.NewAnswer;
import org.parley.post.PostImport.NewComment;
import org.parley.post.PostImport.NewQuestion;
import org.parley.post.PostImport.NewVote;
import org.parley.post.PostImport.StoredPost;
import org.parley.problem.ParleyProblem;
import org.parley.store.Database;
import org.parley.user.UserService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a Stack Exchange data dump folder ({@code Users.xml}, {@code Posts.xml}, {@code Comments.xml}, optional
 * {@code Votes.xml}; {@code Tags.xml} is not needed, tags come with the questions) through {@link PostImport}.
 *
 * <p>Files are streamed row by row and written in batches of {@value #BATCH} rows, one transaction each, with
 * multi-row statements: memory stays bounded and an interrupted import keeps every finished batch. What a batch
 * refers to (an answer's question, a comment's post) is looked up in one query per batch, by source ref, so nothing
 * grows with the dump but the accepted answers still to come ({@link LongLongMap}) and the users. Every row is keyed
 * on its source ref ({@code stackexchange#post-12}, {@code stackexchange#comment-7}), and anonymous votes on a
 * checkpoint written with each batch, so running the same command again resumes: what is imported is skipped.
 * Bodies are stored as they are: the dump's HTML is valid Markdown input (rendered through the sanitizer like any
 * post), and Parley's own export writes Markdown there.
 */
@Service
public class StackExchangeImport {

    public static final String SYSTEM = "stackexchange";
    /** Rows per transaction: large enough that a commit's fixed cost is spread thin, small enough to hold. */
    static final int BATCH = 2_000;
    /** Votes are small rows; a larger batch spreads each transaction's fixed cost over more of them. */
    static final int VOTE_BATCH = 10_000;
    private static final long NONE = Long.MIN_VALUE;

    private final PostImport posts;
    private final UserService users;
    private final Database database;
    private final TransactionTemplate transaction;

    StackExchangeImport(PostImport posts, UserService users, Database database, PlatformTransactionManager transactions) {
        this.posts = posts;
        this.users = users;
        this.database = database;
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
            ImportSummary summary = run.all(start, false);
            database.optimize();
            return summary;
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

    /** One import run: its counters and what a dump needs across files. */
    private final class Run {
        private final Path dir;
        private final ImportProgress progress;
        private final AuthorAccounts authors = new AuthorAccounts(users);
        private final Map<Long, String> userNames = new HashMap<>();
        /** Question id → accepted answer id (dump ids), until the answer is imported with its acceptance. */
        private final LongLongMap accepted = new LongLongMap();
        private long anonymousVotesDone;
        private long lastAnonymousVote = NONE;
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
            inBatches("Posts.xml", BATCH, this::posts);
            inBatches("Comments.xml", BATCH, this::comments);
            if (Files.isRegularFile(dir.resolve("Votes.xml"))) {
                anonymousVotesDone = posts.anonymousVotesUpTo(SYSTEM);
                inBatches("Votes.xml", VOTE_BATCH, this::votes);
            }
            acceptRemaining();
            long unanswered = posts.unansweredQuestions(SYSTEM);
            return new ImportSummary(newQuestions, newAnswers, newComments, newVotes, (int) unanswered,
                    authors.created(), unchanged, (System.nanoTime() - start) / 1e9, dryRun, List.of());
        }

        private void inBatches(String file, int size, Consumer<List<DumpRow>> write) {
            List<DumpRow> batch = new ArrayList<>(size);
            DumpReader.rows(dir.resolve(file), row -> {
                batch.add(row);
                if (batch.size() == size) {
                    flush(batch, write);
                }
            });
            flush(batch, write);
        }

        private void flush(List<DumpRow> batch, Consumer<List<DumpRow>> write) {
            if (batch.isEmpty()) {
                return;
            }
            transaction.executeWithoutResult(status -> write.accept(batch));
            done += batch.size();
            progress.advanced(done, 0);
            batch.clear();
        }

        // ---- Posts.xml -------------------------------------------------------------------------------------

        private void posts(List<DumpRow> batch) {
            Set<String> refs = new LinkedHashSet<>();
            for (DumpRow row : batch) {
                long type = row.number("PostTypeId");
                if (type == 1 || type == 2) {
                    refs.add(postRef(row.number("Id")));
                    if (type == 2) {
                        refs.add(postRef(row.number("ParentId")));
                    }
                }
            }
            Map<String, StoredPost> stored = posts.posts(SYSTEM, refs);
            Set<String> inBatch = new HashSet<>();
            Set<String> questionsInBatch = new HashSet<>();
            List<NewQuestion> questions = new ArrayList<>();
            List<NewAnswer> answers = new ArrayList<>();
            for (DumpRow row : batch) {
                long id = row.number("Id");
                long type = row.number("PostTypeId");
                if (type != 1 && type != 2) {
                    continue; // tag wikis, moderator nominations...: not questions or answers
                }
                String ref = postRef(id);
                Instant created = row.time("CreationDate");
                if (type == 1) {
                    Long acceptedId = row.optionalNumber("AcceptedAnswerId");
                    if (acceptedId != null) {
                        accepted.put(id, acceptedId);
                    }
                    if (stored.containsKey(ref) || !inBatch.add(ref)) {
                        unchanged++;
                        continue;
                    }
                    Author author = owner(row, "OwnerUserId", "OwnerDisplayName");
                    NewQuestion q = new NewQuestion(ref, author.id(), author.name(), row.required("Title"),
                            row.required("Body"), tags(row), created);
                    checked(row, () -> posts.checkQuestion(q));
                    questions.add(q);
                    questionsInBatch.add(ref);
                    continue;
                }
                long parent = row.number("ParentId");
                String parentRef = postRef(parent);
                StoredPost question = stored.get(parentRef);
                if (!questionsInBatch.contains(parentRef) && (question == null || !question.question())) {
                    throw row.refused("answer " + id + " belongs to question " + parent
                            + ", which is neither earlier in Posts.xml nor imported before");
                }
                if (stored.containsKey(ref) || !inBatch.add(ref)) {
                    unchanged++;
                    continue; // its acceptance, if any, is left to acceptRemaining()
                }
                boolean isAccepted = accepted.get(parent, NONE) == id;
                if (isAccepted) {
                    accepted.remove(parent);
                }
                Author author = owner(row, "OwnerUserId", "OwnerDisplayName");
                NewAnswer a = new NewAnswer(ref, parentRef, author.id(), author.name(), row.required("Body"), created,
                        isAccepted);
                checked(row, () -> posts.checkAnswer(a, question));
                answers.add(a);
            }
            if (!questions.isEmpty() || !answers.isEmpty()) {
                posts.writePosts(SYSTEM, questions, answers);
            }
            newQuestions += questions.size();
            newAnswers += answers.size();
        }

        /** Acceptances whose answer an earlier run imported, and dumps that name an answer before its question does. */
        private void acceptRemaining() {
            List<Map.Entry<String, String>> pairs = new ArrayList<>();
            accepted.forEach((question, answer) -> pairs.add(Map.entry(postRef(question), postRef(answer))));
            for (int i = 0; i < pairs.size(); i += BATCH) {
                Map<String, String> batch = new LinkedHashMap<>();
                pairs.subList(i, Math.min(pairs.size(), i + BATCH)).forEach(e -> batch.put(e.getKey(), e.getValue()));
                transaction.executeWithoutResult(status -> posts.accept(SYSTEM, batch));
            }
        }

        // ---- Comments.xml ----------------------------------------------------------------------------------

        private void comments(List<DumpRow> batch) {
            Set<String> refs = new LinkedHashSet<>();
            Set<String> postRefs = new LinkedHashSet<>();
            for (DumpRow row : batch) {
                refs.add(commentRef(row.number("Id")));
                postRefs.add(postRef(row.number("PostId")));
            }
            Set<String> imported = posts.importedComments(SYSTEM, refs);
            Map<String, StoredPost> stored = posts.posts(SYSTEM, postRefs);
            List<NewComment> comments = new ArrayList<>();
            Set<String> inBatch = new HashSet<>();
            for (DumpRow row : batch) {
                long id = row.number("Id");
                long postId = row.number("PostId");
                StoredPost post = stored.get(postRef(postId));
                if (post == null) {
                    throw row.refused("comment " + id + " is on post " + postId + ", which is not in Posts.xml");
                }
                String ref = commentRef(id);
                if (imported.contains(ref) || !inBatch.add(ref)) {
                    unchanged++;
                    continue;
                }
                Author author = owner(row, "UserId", "UserDisplayName");
                NewComment c = new NewComment(ref, post, author.id(), author.name(), row.required("Text"),
                        row.time("CreationDate"));
                checked(row, () -> posts.checkComment(c));
                comments.add(c);
            }
            if (!comments.isEmpty()) {
                posts.writeComments(SYSTEM, comments);
            }
            newComments += comments.size();
        }

        // ---- Votes.xml -------------------------------------------------------------------------------------

        /**
         * Up and down votes ({@code VoteTypeId} 2 and 3). With a {@code UserId} a vote is that user's; without one
         * (all of them in real dumps) it counts in the post's score. Anonymous votes have no key to be found by, so
         * a checkpoint (the highest vote id applied) goes with each batch and ids must grow through the file, as
         * they do in the dumps.
         */
        private void votes(List<DumpRow> batch) {
            Set<String> postRefs = new LinkedHashSet<>();
            for (DumpRow row : batch) {
                long type = row.number("VoteTypeId");
                if (type == 2 || type == 3) {
                    postRefs.add(postRef(row.number("PostId")));
                }
            }
            Map<String, StoredPost> stored = posts.posts(SYSTEM, postRefs);
            List<NewVote> votes = new ArrayList<>();
            long lastInBatch = NONE;
            for (DumpRow row : batch) {
                long type = row.number("VoteTypeId");
                if (type != 2 && type != 3) {
                    continue;
                }
                Long userId = row.optionalNumber("UserId");
                long voteId = row.number("Id");
                if (userId == null) {
                    if (voteId <= lastAnonymousVote) {
                        throw row.refused("vote " + voteId + " comes after vote " + lastAnonymousVote + "; a dump lists"
                                + " votes by growing Id, which is how an interrupted import knows where to resume");
                    }
                    lastAnonymousVote = voteId;
                    if (voteId <= anonymousVotesDone) {
                        unchanged++;
                        continue;
                    }
                    lastInBatch = voteId;
                }
                long postId = row.number("PostId");
                StoredPost post = stored.get(postRef(postId));
                if (post == null) {
                    throw row.refused("vote " + voteId + " is on post " + postId + ", which is not in Posts.xml");
                }
                Long voter = userId == null ? null : authors.actorFor(nameOf(row, userId)).id();
                NewVote v = new NewVote(post, voter, type == 2 ? 1 : -1,
                        row.text("CreationDate") == null ? Instant.now() : row.time("CreationDate"));
                checked(row, () -> posts.checkVote(v));
                votes.add(v);
            }
            if (!votes.isEmpty() || lastInBatch != NONE) {
                newVotes += posts.writeVotes(SYSTEM, votes, lastInBatch);
            }
        }

        // ---- rows ------------------------------------------------------------------------------------------

        /** The account and the name as written in the dump. */
        private record Author(long id, String name) {
        }

        private Author owner(DumpRow row, String idAttribute, String nameAttribute) {
            Long userId = row.optionalNumber(idAttribute);
            String name = userId != null ? nameOf(row, userId) : row.text(nameAttribute);
            String written = name == null ? "" : name;
            return new Author(authors.actorFor(written).id(), written);
        }

        private String nameOf(DumpRow row, long userId) {
            String name = userNames.get(userId);
            if (name == null) {
                throw row.refused("user " + userId + " is not in Users.xml");
            }
            return name;
        }

        private static void checked(DumpRow row, Runnable check) {
            try {
                check.run();
            } catch (ParleyProblem problem) {
                throw row.refused(problem.getMessage());
            }
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
