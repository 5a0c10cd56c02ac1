package org.parley.post;

import java.time.Instant;
import java.util.List;

import org.parley.markdown.MarkdownRenderer;
import org.springframework.stereotype.Component;

/**
 * The API's JSON shapes for posts and comments. {@code bodyHtml} is always the sanitized rendering;
 * {@code bodyMarkdown} is the text as written, for editors.
 */
@Component
class PostJson {

    private final MarkdownRenderer markdown;

    PostJson(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    record AuthorJson(String handle, String displayName) {
        static AuthorJson of(Author a) {
            return new AuthorJson(a.handle(), a.displayName());
        }
    }

    record CommentJson(long id, long postId, String body, String bodyHtml, AuthorJson author, Instant createdAt,
                       Source source) {
    }

    record AnswerJson(long id, String type, long questionId, String bodyMarkdown, String bodyHtml, AuthorJson author,
                      Instant createdAt, Instant lastEditedAt, int score, boolean accepted, boolean deleted,
                      Source source, List<CommentJson> comments) {
    }

    record QuestionJson(long id, String type, String title, String bodyMarkdown, String bodyHtml, List<String> tags,
                        AuthorJson author, Instant createdAt, Instant lastActivityAt, Instant lastEditedAt, int score,
                        int answerCount, Long acceptedAnswerId, Long closedAsDuplicateOf, boolean deleted,
                        Source source, List<CommentJson> comments, List<AnswerJson> answers) {
    }

    record QuestionSummaryJson(long id, String title, List<String> tags, AuthorJson author, Instant createdAt,
                               Instant lastActivityAt, int score, int answerCount, boolean hasAcceptedAnswer,
                               Source source) {
    }

    record RevisionJson(int revision, String title, String bodyMarkdown, List<String> tags, AuthorJson editor,
                        String reason, Instant createdAt) {
    }

    QuestionJson thread(QuestionThread thread) {
        Post q = thread.question();
        List<AnswerJson> answers = thread.answers().stream()
                .map(a -> answer(a, q.acceptedAnswerId(), thread.commentsOn(a.id())))
                .toList();
        return new QuestionJson(q.id(), "question", q.title(), q.bodyMarkdown(), markdown.toSafeHtml(q.bodyMarkdown()),
                q.tags(), AuthorJson.of(q.author()), q.createdAt(), q.lastActivityAt(), q.lastEditedAt(), q.score(),
                q.answerCount(), q.acceptedAnswerId(), q.closedAsDuplicateOf(), q.deleted(), q.source(),
                comments(thread.commentsOn(q.id())), answers);
    }

    QuestionSummaryJson summary(Post q) {
        return new QuestionSummaryJson(q.id(), q.title(), q.tags(), AuthorJson.of(q.author()), q.createdAt(),
                q.lastActivityAt(), q.score(), q.answerCount(), q.acceptedAnswerId() != null, q.source());
    }

    AnswerJson answer(Post a, Long acceptedId, List<Comment> comments) {
        return new AnswerJson(a.id(), "answer", a.parentId(), a.bodyMarkdown(), markdown.toSafeHtml(a.bodyMarkdown()),
                AuthorJson.of(a.author()), a.createdAt(), a.lastEditedAt(), a.score(),
                acceptedId != null && acceptedId == a.id(), a.deleted(), a.source(), comments(comments));
    }

    CommentJson comment(Comment c) {
        return new CommentJson(c.id(), c.postId(), c.body(), markdown.toSafeHtml(c.body()), AuthorJson.of(c.author()),
                c.createdAt(), c.source());
    }

    RevisionJson revision(Revision r) {
        return new RevisionJson(r.revision(), r.title(), r.bodyMarkdown(), r.tags(), AuthorJson.of(r.editor()),
                r.reason(), r.createdAt());
    }

    private List<CommentJson> comments(List<Comment> comments) {
        return comments.stream().map(this::comment).toList();
    }
}
