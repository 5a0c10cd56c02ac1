package org.parley.post;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.parley.problem.Conflict;
import org.parley.problem.Forbidden;
import org.parley.problem.InvalidInput;
import org.parley.user.Actor;
import org.parley.user.Viewer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing posts after the fact: edits with a stored revision each, redaction, soft delete and
 * undelete. Authors edit their own posts; experts and moderators edit any post but must say why.
 */
@Service
public class PostEditing {

    private final PostStore posts;
    private final RevisionStore revisions;
    private final PostAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PostEditing(PostStore posts, RevisionStore revisions, PostAccess access, ApplicationEventPublisher events,
                Clock clock) {
        this.posts = posts;
        this.revisions = revisions;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Post edit(Actor editor, long postId, PostEdit edit) {
        Post post = access.visible(new Viewer(editor), postId);
        boolean own = post.author().id() == editor.id();
        if (!own && !editor.canEditAnyPost()) {
            throw new Forbidden("You can edit only your own posts.");
        }
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (!own) {
            problems.check(edit.reason() != null && !edit.reason().isBlank(), "reason",
                    "is required when you edit someone else's post");
        }
        PostRules.checkReason(problems, edit.reason());
        if (!post.isQuestion()) {
            problems.check(edit.title() == null, "title", "answers have no title");
            problems.check(edit.tags() == null, "tags", "answers have no tags");
        }
        if (edit.title() != null) {
            PostRules.checkTitle(problems, edit.title());
        }
        if (edit.body() != null) {
            PostRules.checkBody(problems, edit.body());
        }
        if (edit.tags() != null) {
            PostRules.checkTags(problems, edit.tags());
        }
        problems.check(edit.title() != null || edit.body() != null || edit.tags() != null, "body",
                "nothing to change: send at least one of title, body, tags");
        problems.throwIfAny();

        String title = edit.title() == null ? post.title() : edit.title().strip();
        String body = edit.body() == null ? post.bodyMarkdown() : edit.body();
        List<String> tags = edit.tags() == null ? post.tags() : PostRules.normalizeTags(edit.tags());
        return store(editor, post, title, body, post.isQuestion() ? tags : null, blankToNull(edit.reason()));
    }

    public List<Revision> revisions(Viewer viewer, long postId) {
        access.visible(viewer, postId);
        return revisions.list(postId);
    }

    @Transactional
    public Post redact(Actor moderator, long postId, Redaction redaction) {
        if (!moderator.canModerate()) {
            throw new Forbidden("Only moderators can redact posts.");
        }
        Post post = access.visible(new Viewer(moderator), postId);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        problems.check(redaction.text() != null && !redaction.text().isEmpty()
                && post.bodyMarkdown().contains(redaction.text()), "text", "must be a part of the post's current body");
        problems.check(redaction.note() != null && !redaction.note().isBlank() && redaction.note().length() <= 200,
                "note", "must be 1 to 200 characters, such as 'log removed by moderator: too long'");
        problems.throwIfAny();
        String replacement = redaction.replacement();
        revisions.redactHistory(postId, redaction.text(), replacement);
        String body = post.bodyMarkdown().replace(redaction.text(), replacement);
        return store(moderator, post, post.title(), body, post.isQuestion() ? post.tags() : null,
                "redacted: " + replacement);
    }

    /**
     * An expert or moderator closes a question as a duplicate of an earlier one in one step; its
     * page then sends readers to the original, and the asker is told.
     */
    @Transactional
    public Post closeAsDuplicate(Actor actor, long questionId, Long originalId) {
        if (!actor.canEditAnyPost()) {
            throw new Forbidden("Only experts and moderators can close questions as duplicates.");
        }
        Post question = access.visibleQuestion(new Viewer(actor), questionId);
        if (originalId == null) {
            throw InvalidInput.of("duplicateOf", "name the question this one duplicates");
        }
        Post original = posts.find(originalId).filter(p -> p.isQuestion() && !p.deleted())
                .orElseThrow(() -> InvalidInput.of("duplicateOf", "there is no question " + originalId));
        // Point at the end of a chain, never into a loop.
        while (original.closedAsDuplicateOf() != null && original.closedAsDuplicateOf() != questionId) {
            original = posts.find(original.closedAsDuplicateOf()).orElseThrow();
        }
        if (original.id() == questionId || original.closedAsDuplicateOf() != null) {
            throw InvalidInput.of("duplicateOf", "a question cannot be a duplicate of itself");
        }
        posts.setClosedAsDuplicateOf(question.id(), original.id());
        posts.touch(question.id(), clock.instant());
        events.publishEvent(new PostEvent.QuestionClosedAsDuplicate(question.id(), original.id(), actor.id()));
        return posts.find(question.id()).orElseThrow();
    }

    @Transactional
    public Post reopen(Actor actor, long questionId) {
        if (!actor.canEditAnyPost()) {
            throw new Forbidden("Only experts and moderators can reopen questions.");
        }
        Post question = access.visibleQuestion(new Viewer(actor), questionId);
        posts.setClosedAsDuplicateOf(question.id(), null);
        events.publishEvent(new PostEvent.PostEdited(question.id(), question.id(), actor.id()));
        return posts.find(question.id()).orElseThrow();
    }

    @Transactional
    public void delete(Actor actor, long postId) {
        Post post = access.visible(new Viewer(actor), postId);
        if (post.author().id() != actor.id() && !actor.canModerate()) {
            throw new Forbidden("You can delete only your own posts.");
        }
        if (post.deleted()) {
            return;
        }
        setDeleted(post, true);
        events.publishEvent(new PostEvent.PostDeleted(post.questionId(), postId, actor.id()));
    }

    @Transactional
    public void undelete(Actor actor, long postId) {
        if (!actor.canModerate()) {
            throw new Forbidden("Only moderators can undelete posts.");
        }
        Post post = access.visible(new Viewer(actor), postId);
        if (!post.deleted()) {
            throw new Conflict("Post " + postId + " is not deleted.");
        }
        setDeleted(post, false);
        events.publishEvent(new PostEvent.PostRestored(post.questionId(), postId, actor.id()));
    }

    private void setDeleted(Post post, boolean deleted) {
        posts.setDeleted(post.id(), deleted);
        if (post.isQuestion()) {
            posts.refreshTagCounts(post.tags());
        } else {
            posts.refreshAnswerCount(post.parentId());
            if (deleted && post.id() == accepted(post.parentId())) {
                posts.setAcceptedAnswer(post.parentId(), null);
            }
        }
    }

    private long accepted(long questionId) {
        Long id = posts.find(questionId).orElseThrow().acceptedAnswerId();
        return id == null ? -1 : id;
    }

    private Post store(Actor editor, Post post, String title, String body, List<String> tags, String reason) {
        Instant now = clock.instant();
        posts.updateContent(post.id(), title, body, tags, now);
        if (post.isQuestion()) {
            Set<String> touched = new HashSet<>(post.tags());
            touched.addAll(tags);
            posts.replaceTags(post.id(), tags);
            posts.refreshTagCounts(touched);
        } else {
            posts.touch(post.parentId(), now);
        }
        revisions.append(post.id(), title, body, tags, editor.id(), reason, now);
        events.publishEvent(new PostEvent.PostEdited(post.questionId(), post.id(), editor.id()));
        return posts.find(post.id()).orElseThrow();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
