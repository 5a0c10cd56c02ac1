package org.parley.post;

/**
 * What happened to a question or something under it, published inside the writing transaction.
 * Other features listen (search records the change in its outbox in that same transaction;
 * notifications will tell people); post rules never call them.
 */
public sealed interface PostEvent {

    /** The question whose page (and search document) the change touches. */
    long questionId();

    record QuestionAsked(long questionId, long authorId) implements PostEvent {
    }

    record AnswerPosted(long questionId, long answerId, long authorId) implements PostEvent {
    }

    record CommentAdded(long questionId, long postId, long commentId, long authorId) implements PostEvent {
    }

    record PostEdited(long questionId, long postId, long editorId) implements PostEvent {
    }

    record PostVoted(long questionId, long postId, int score) implements PostEvent {
    }

    record AnswerAccepted(long questionId, long answerId, long byUserId) implements PostEvent {
    }

    record PostDeleted(long questionId, long postId, long byUserId) implements PostEvent {
    }

    record QuestionClosedAsDuplicate(long questionId, long originalId, long byUserId) implements PostEvent {
    }

    record PostRestored(long questionId, long postId, long byUserId) implements PostEvent {
    }
}
