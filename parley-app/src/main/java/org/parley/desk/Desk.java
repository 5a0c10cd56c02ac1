package org.parley.desk;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.parley.post.Page;
import org.parley.post.Post;
import org.parley.post.QuestionService;
import org.parley.problem.Conflict;
import org.parley.problem.Forbidden;
import org.parley.problem.InvalidInput;
import org.parley.user.Actor;
import org.parley.user.Viewer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The expert's desk: the unanswered queue, "I'm on it" claims that expire by themselves, and the
 * way from one question to the next without going back to the list.
 */
@Service
public class Desk {

    private final DeskStore store;
    private final QuestionService questions;
    private final DeskProperties properties;
    private final Clock clock;

    Desk(DeskStore store, QuestionService questions, DeskProperties properties, Clock clock) {
        this.store = store;
        this.questions = questions;
        this.properties = properties;
        this.clock = clock;
    }

    public Page<QueueItem> queue(Viewer viewer, String tag, QueueOrder order, boolean showClaimed, int page, int pageSize) {
        long viewerId = viewer.signedIn().map(Actor::id).orElse(-1L);
        Instant now = clock.instant();
        return new Page<>(store.queue(tag, order, showClaimed, viewerId, now, (page - 1) * pageSize, pageSize), page,
                pageSize, store.count(tag, showClaimed, viewerId, now));
    }

    /** An expert says "I'm on it": others see the question as taken until the claim expires. */
    @Transactional
    public Instant claim(Actor actor, long questionId) {
        if (!actor.canEditAnyPost()) {
            throw new Forbidden("Only experts and moderators claim questions.");
        }
        Post q = questions.thread(new Viewer(actor), questionId).question();
        if (q.answerCount() > 0) {
            throw new Conflict("Question " + questionId + " has an answer already.");
        }
        Instant now = clock.instant();
        Optional<Long> holder = store.claimant(questionId, now);
        if (holder.isPresent() && holder.get() != actor.id()) {
            throw new Conflict("Another expert is on question " + questionId + " already.");
        }
        Instant expires = now.plus(properties.claimDuration());
        store.claim(questionId, actor.id(), now, expires);
        return expires;
    }

    @Transactional
    public void release(Actor actor, long questionId) {
        Optional<Long> holder = store.claimant(questionId, clock.instant());
        if (holder.isPresent() && holder.get() != actor.id() && !actor.canModerate()) {
            throw new Forbidden("Only the expert who claimed it (or a moderator) can release the claim.");
        }
        store.release(questionId);
    }

    public Optional<Long> claimant(long questionId) {
        return store.claimant(questionId, clock.instant());
    }

    /** The queue's neighbours of a question (in the viewer's queue order), for next/previous. */
    public record Neighbours(Long previous, Long next) {
    }

    public Neighbours neighbours(Viewer viewer, long questionId, String tag, QueueOrder order) {
        List<QueueItem> all = queue(viewer, tag, order, false, 1, 1000).items();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id() == questionId) {
                return new Neighbours(i > 0 ? all.get(i - 1).id() : null, i + 1 < all.size() ? all.get(i + 1).id() : null);
            }
        }
        return new Neighbours(null, all.isEmpty() ? null : all.get(0).id());
    }

    static QueueOrder order(String value) {
        if (value == null || value.isBlank()) {
            return QueueOrder.OLDEST;
        }
        for (QueueOrder o : QueueOrder.values()) {
            if (o.name().equalsIgnoreCase(value.strip())) {
                return o;
            }
        }
        throw InvalidInput.of("order", "must be oldest or votes");
    }
}
