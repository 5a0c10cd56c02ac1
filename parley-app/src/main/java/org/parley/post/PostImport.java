package org.parley.post;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parley.problem.Conflict;
import org.parley.problem.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk writes for importers: a batch of questions and answers, comments or votes at a time, under the rules the
 * single-post services apply ({@link PostRules}, no answer on a deleted or closed question, nothing on a deleted
 * post, one vote per user and post, never on one's own post), written with multi-row statements.
 *
 * <p>Each item is checked on its own first ({@code check...}, throwing the same refusals as the services), so an
 * importer can name the source row; the {@code write...} methods check again and write the batch in the caller's
 * transaction. What differs from the services is only what an import of history needs: one
 * {@link PostEvent.ThreadImported} per question and batch instead of one event per post (search re-reads the
 * question once; nobody is notified of history), a first revision written with each post, and votes without a
 * voter kept as a count on the post ({@code unattributed_score}), since the votes table holds one vote per user.
 */
@Service
public class PostImport {

    /** The stream name of a dump's anonymous votes in {@code import_checkpoints}. */
    static final String ANONYMOUS_VOTES = "anonymous-votes";

    private final ImportStore store;
    private final ApplicationEventPublisher events;

    PostImport(ImportStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    /** A post as stored, for checking what an imported row refers to. */
    public record StoredPost(long id, boolean question, long questionId, long authorId, boolean deleted,
                             boolean closed, Long acceptedAnswerId) {
    }

    /** An imported question; {@code authorName} is the author as written in the source. */
    public record NewQuestion(String ref, long authorId, String authorName, String title, String body,
                              List<String> tags, Instant createdAt) {
    }

    /** An imported answer to the question imported from {@code questionRef}, earlier or in the same batch. */
    public record NewAnswer(String ref, String questionRef, long authorId, String authorName, String body,
                            Instant createdAt, boolean accepted) {
    }

    public record NewComment(String ref, StoredPost post, long authorId, String authorName, String body,
                             Instant createdAt) {
    }

    /** An up (1) or down (-1) vote; {@code voterId} null for a vote whose voter the source does not name. */
    public record NewVote(StoredPost post, Long voterId, int value, Instant at) {
    }

    // ---- checks ------------------------------------------------------------------------------------------------

    public void checkQuestion(NewQuestion q) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        PostRules.checkTitle(problems, q.title());
        PostRules.checkBody(problems, q.body());
        PostRules.checkTags(problems, q.tags());
        problems.throwIfAny();
    }

    /** @param question the stored question, or null when it comes in the same batch */
    public void checkAnswer(NewAnswer a, StoredPost question) {
        if (question != null) {
            if (question.deleted()) {
                throw new Conflict("Question " + question.id() + " is deleted and takes no answers.");
            }
            if (question.closed()) {
                throw new Conflict("Question " + question.id() + " is closed as a duplicate; answer there.");
            }
        }
        InvalidInput.Collector problems = new InvalidInput.Collector();
        PostRules.checkBody(problems, a.body());
        problems.throwIfAny();
    }

    public void checkComment(NewComment c) {
        if (c.post().deleted()) {
            throw new Conflict("Post " + c.post().id() + " is deleted and takes no comments.");
        }
        InvalidInput.Collector problems = new InvalidInput.Collector();
        PostRules.checkComment(problems, c.body());
        problems.throwIfAny();
    }

    /** False for a vote that is simply not kept: a voter's vote on their own post. */
    public boolean checkVote(NewVote v) {
        if (v.value() != 1 && v.value() != -1) {
            throw InvalidInput.of("value", "must be 1 (up) or -1 (down)");
        }
        if (v.post().deleted()) {
            throw new Conflict("Post " + v.post().id() + " is deleted and takes no votes.");
        }
        return v.voterId() == null || v.voterId() != v.post().authorId();
    }

    // ---- lookups -----------------------------------------------------------------------------------------------

    /** The posts imported from {@code system} among these refs (one query per few hundred refs), by ref. */
    public Map<String, StoredPost> posts(String system, Collection<String> refs) {
        return store.posts(system, refs);
    }

    /** The comment refs among these that were imported from {@code system} already. */
    public Set<String> importedComments(String system, Collection<String> refs) {
        return store.commentRefs(system, refs);
    }

    /** Imported questions of {@code system} that have no live answer. */
    public long unansweredQuestions(String system) {
        return store.unansweredQuestions(system);
    }

    /** The highest id of the source's anonymous votes imported so far ({@link Long#MIN_VALUE} for none). */
    public long anonymousVotesUpTo(String system) {
        return store.checkpoint(system, ANONYMOUS_VOTES);
    }

    // ---- writes ------------------------------------------------------------------------------------------------

    /**
     * Questions and answers of one batch, in source order (an answer's question comes before it, in this batch or
     * an earlier one). An accepted answer is accepted at once unless its question has an accepted answer already.
     */
    @Transactional
    public void writePosts(String system, List<NewQuestion> questions, List<NewAnswer> answers) {
        List<ImportStore.PostRow> questionRows = new ArrayList<>(questions.size());
        Map<Long, List<String>> tagsByQuestion = new LinkedHashMap<>();
        List<List<String>> normalized = new ArrayList<>(questions.size());
        for (NewQuestion q : questions) {
            checkQuestion(q);
            List<String> tags = PostRules.normalizeTags(q.tags());
            normalized.add(tags);
            questionRows.add(new ImportStore.PostRow(PostType.QUESTION, null, q.title().strip(), q.body(), tags,
                    q.authorId(), q.createdAt().toEpochMilli(), system, q.ref(), q.authorName()));
        }
        Map<String, Long> ids = new LinkedHashMap<>(store.insertPosts(questionRows));
        Set<Long> touched = new LinkedHashSet<>();
        for (int i = 0; i < questions.size(); i++) {
            long id = ids.get(questions.get(i).ref());
            tagsByQuestion.put(id, normalized.get(i));
            touched.add(id);
        }
        store.tagQuestions(tagsByQuestion);
        store.insertFirstRevisions(questionRows, ids);

        if (!answers.isEmpty()) {
            Set<String> earlier = new LinkedHashSet<>();
            for (NewAnswer a : answers) {
                if (!ids.containsKey(a.questionRef())) {
                    earlier.add(a.questionRef());
                }
            }
            Map<String, StoredPost> stored = store.posts(system, earlier);
            List<ImportStore.PostRow> answerRows = new ArrayList<>(answers.size());
            for (NewAnswer a : answers) {
                StoredPost question = stored.get(a.questionRef());
                if (question == null && !ids.containsKey(a.questionRef())) {
                    throw new Conflict("Answer " + a.ref() + " belongs to " + a.questionRef() + ", which is not imported.");
                }
                if (question != null && !question.question()) {
                    throw new Conflict("Answer " + a.ref() + " belongs to " + a.questionRef() + ", which is an answer.");
                }
                checkAnswer(a, question);
                long questionId = question != null ? question.id() : ids.get(a.questionRef());
                answerRows.add(new ImportStore.PostRow(PostType.ANSWER, questionId, null, a.body(), null, a.authorId(),
                        a.createdAt().toEpochMilli(), system, a.ref(), a.authorName()));
            }
            Map<String, Long> answerIds = store.insertPosts(answerRows);
            store.insertFirstRevisions(answerRows, answerIds);
            Map<Long, ImportStore.AnswerTally> tallies = new LinkedHashMap<>();
            for (int i = 0; i < answers.size(); i++) {
                NewAnswer a = answers.get(i);
                ImportStore.PostRow row = answerRows.get(i);
                long answerId = answerIds.get(a.ref());
                tallies.merge(row.parentId(), new ImportStore.AnswerTally(row.parentId(), 1, row.at(), row.at(),
                        a.accepted() ? answerId : null), (x, y) -> new ImportStore.AnswerTally(x.questionId(),
                        x.answers() + 1, Math.min(x.firstAt(), y.firstAt()), Math.max(x.lastAt(), y.lastAt()),
                        x.acceptedAnswerId() != null ? x.acceptedAnswerId() : y.acceptedAnswerId()));
                touched.add(row.parentId());
            }
            store.addAnswers(tallies.values());
        }
        touched.forEach(id -> events.publishEvent(new PostEvent.ThreadImported(id, true)));
    }

    @Transactional
    public void writeComments(String system, List<NewComment> comments) {
        List<ImportStore.CommentRow> rows = new ArrayList<>(comments.size());
        Map<Long, Long> latest = new LinkedHashMap<>();
        for (NewComment c : comments) {
            checkComment(c);
            long at = c.createdAt().toEpochMilli();
            rows.add(new ImportStore.CommentRow(c.post().id(), c.authorId(), c.body().strip(), at, system, c.ref(),
                    c.authorName()));
            latest.merge(c.post().questionId(), at, Math::max);
        }
        store.insertComments(rows);
        store.touch(latest);
        latest.keySet().forEach(id -> events.publishEvent(new PostEvent.ThreadImported(id, false)));
    }

    /**
     * Votes of one batch. A voter's vote is stored (the latest one per user and post wins); votes without a voter
     * add to the post's {@code unattributed_score}, and the batch moves the source's anonymous-vote checkpoint to
     * {@code lastAnonymousId} in the same transaction, so a resumed import counts each exactly once.
     *
     * @return votes that were new or changed a stored vote
     */
    @Transactional
    public int writeVotes(String system, List<NewVote> votes, long lastAnonymousId) {
        Map<String, ImportStore.VoteRow> byVoter = new LinkedHashMap<>();
        Map<Long, Integer> unattributed = new LinkedHashMap<>();
        Set<Long> posts = new LinkedHashSet<>();
        Set<Long> questions = new LinkedHashSet<>();
        int anonymous = 0;
        for (NewVote v : votes) {
            if (!checkVote(v)) {
                continue;
            }
            posts.add(v.post().id());
            questions.add(v.post().questionId());
            if (v.voterId() == null) {
                unattributed.merge(v.post().id(), v.value(), Integer::sum);
                anonymous++;
            } else {
                byVoter.put(v.post().id() + "/" + v.voterId(),
                        new ImportStore.VoteRow(v.post().id(), v.voterId(), v.value(), v.at().toEpochMilli()));
            }
        }
        int changed = anonymous;
        if (!posts.isEmpty()) {
            store.lockForVoting(posts);
            changed += store.putVotes(List.copyOf(byVoter.values()));
            store.addUnattributedScore(unattributed);
            store.recountScores(posts);
        }
        if (lastAnonymousId != Long.MIN_VALUE) {
            store.setCheckpoint(system, ANONYMOUS_VOTES, lastAnonymousId);
        }
        questions.forEach(id -> events.publishEvent(new PostEvent.ThreadImported(id, false)));
        return changed;
    }

    /**
     * Accepts imported answers whose acceptance could not be applied with them (the answer was imported by an
     * earlier run): each pair is a question ref and the ref of its accepted answer. Questions that have an accepted
     * answer keep it; an answer that is not on that question is ignored.
     *
     * @return acceptances applied
     */
    @Transactional
    public int accept(String system, Map<String, String> acceptedByQuestion) {
        Set<String> refs = new LinkedHashSet<>(acceptedByQuestion.keySet());
        refs.addAll(acceptedByQuestion.values());
        Map<String, StoredPost> stored = store.posts(system, refs);
        int applied = 0;
        for (Map.Entry<String, String> e : acceptedByQuestion.entrySet()) {
            StoredPost question = stored.get(e.getKey());
            StoredPost answer = stored.get(e.getValue());
            if (question == null || answer == null || !question.question() || answer.question()
                    || answer.questionId() != question.id() || answer.deleted() || question.acceptedAnswerId() != null) {
                continue;
            }
            if (store.acceptIfNone(question.id(), answer.id(), Long.MIN_VALUE)) {
                applied++;
                events.publishEvent(new PostEvent.ThreadImported(question.id(), true));
            }
        }
        return applied;
    }
}
