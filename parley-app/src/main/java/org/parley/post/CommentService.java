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

/** Comments under questions and answers. */
@Service
public class CommentService {

    private final CommentStore comments;
    private final PostStore posts;
    private final PostAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommentService(CommentStore comments, PostStore posts, PostAccess access, ApplicationEventPublisher events,
                   Clock clock) {
        this.comments = comments;
        this.posts = posts;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Comment comment(Actor author, long postId, String body) {
        return comment(author, postId, body, null);
    }

    @Transactional
    public Comment comment(Actor author, long postId, String body, Source source) {
        return comment(author, postId, body, source, null);
    }

    /** Importers pass the comment's source and when it was written, so it keeps its origin and order. */
    @Transactional
    public Comment comment(Actor author, long postId, String body, Source source, Instant createdAt) {
        Post post = access.visible(new Viewer(author), postId);
        if (post.deleted()) {
            throw new Conflict("Post " + postId + " is deleted and takes no comments.");
        }
        InvalidInput.Collector problems = new InvalidInput.Collector();
        PostRules.checkComment(problems, body);
        problems.throwIfAny();
        Instant now = createdAt == null ? clock.instant() : createdAt;
        long id = comments.insert(postId, author.id(), body.strip(), now, source);
        posts.touch(post.questionId(), now);
        events.publishEvent(new PostEvent.CommentAdded(post.questionId(), postId, id, author.id()));
        return comments.find(id).orElseThrow();
    }

    @Transactional
    public void delete(Actor actor, long commentId) {
        Comment comment = comments.find(commentId).filter(c -> !c.deleted())
                .orElseThrow(() -> new NotFound("There is no comment " + commentId + "."));
        if (comment.author().id() != actor.id() && !actor.canModerate()) {
            throw new Forbidden("Only the comment's author or a moderator can delete it.");
        }
        comments.setDeleted(commentId, true);
        Post post = posts.find(comment.postId()).orElseThrow();
        events.publishEvent(new PostEvent.PostEdited(post.questionId(), post.id(), actor.id()));
    }
}
