package org.parley.post;

import java.time.Clock;
import java.time.Instant;

import org.parley.problem.Conflict;
import org.parley.problem.Forbidden;
import org.parley.problem.InvalidInput;
import org.parley.problem.NotFound;
import org.parley.user.Actor;
import org.parley.user.Viewer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Answering and accepting. */
@Service
public class AnswerService {

    private final PostStore posts;
    private final RevisionStore revisions;
    private final PostAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AnswerService(PostStore posts, RevisionStore revisions, PostAccess access, ApplicationEventPublisher events,
                  Clock clock) {
        this.posts = posts;
        this.revisions = revisions;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Post answer(Actor author, long questionId, String body) {
        return answer(author, questionId, body, null);
    }

    /** Importers pass the answer's source so it keeps its origin. */
    @Transactional
    public Post answer(Actor author, long questionId, String body, Source source) {
        return answer(author, questionId, body, source, null);
    }

    /** Importers also pass when the answer was written, so imported posts keep their original order. */
    @Transactional
    public Post answer(Actor author, long questionId, String body, Source source, Instant createdAt) {
        Post question = access.visibleQuestion(new Viewer(author), questionId);
        if (question.deleted()) {
            throw new Conflict("Question " + questionId + " is deleted and takes no answers.");
        }
        if (question.closedAsDuplicateOf() != null) {
            throw new Conflict("Question " + questionId + " is closed as a duplicate of "
                    + question.closedAsDuplicateOf() + "; answer there.");
        }
        InvalidInput.Collector problems = new InvalidInput.Collector();
        PostRules.checkBody(problems, body);
        problems.throwIfAny();
        Instant now = createdAt == null ? clock.instant() : createdAt;
        long id = posts.insert(PostType.ANSWER, questionId, null, body, null, author.id(), now, source);
        revisions.append(id, null, body, null, author.id(), null, now);
        posts.refreshAnswerCount(questionId);
        posts.touch(questionId, now);
        events.publishEvent(new PostEvent.AnswerPosted(questionId, id, author.id()));
        return posts.find(id).orElseThrow();
    }

    /** The asker (or a moderator) marks the answer that solved it; a second accept moves the mark. */
    @Transactional
    public Post accept(Actor actor, long answerId) {
        return accept(actor, answerId, null);
    }

    /** Importers pass when the asker confirmed the answer, so the question's activity time stays historical. */
    @Transactional
    public Post accept(Actor actor, long answerId, Instant at) {
        Post answer = liveAnswer(actor, answerId);
        Post question = posts.find(answer.parentId()).orElseThrow();
        if (question.author().id() != actor.id() && !actor.canModerate()) {
            throw new Forbidden("Only the person who asked question " + question.id() + " can accept an answer.");
        }
        posts.setAcceptedAnswer(question.id(), answerId);
        posts.touch(question.id(), at == null ? clock.instant() : at);
        events.publishEvent(new PostEvent.AnswerAccepted(question.id(), answerId, actor.id()));
        return posts.find(question.id()).orElseThrow();
    }

    @Transactional
    public Post unaccept(Actor actor, long answerId) {
        Post answer = liveAnswer(actor, answerId);
        Post question = posts.find(answer.parentId()).orElseThrow();
        if (question.author().id() != actor.id() && !actor.canModerate()) {
            throw new Forbidden("Only the person who asked question " + question.id() + " can change the accepted answer.");
        }
        if (question.acceptedAnswerId() != null && question.acceptedAnswerId() == answerId) {
            posts.setAcceptedAnswer(question.id(), null);
            events.publishEvent(new PostEvent.PostEdited(question.id(), answerId, actor.id()));
        }
        return posts.find(question.id()).orElseThrow();
    }

    private Post liveAnswer(Actor actor, long answerId) {
        Post answer = access.visible(new Viewer(actor), answerId);
        if (answer.isQuestion()) {
            throw new NotFound("Post " + answerId + " is a question, not an answer.");
        }
        if (answer.deleted()) {
            throw new Conflict("Answer " + answerId + " is deleted and cannot be accepted.");
        }
        return answer;
    }
}
