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

    /**
     * A bulk import ({@link PostImport}) added to this question's thread: the question itself, answers, comments,
     * votes or its acceptance, all historical. One event per question and batch however much came in; nobody is
     * notified of history, and listeners that keep their own figures recount the question.
     *
     * @param postsChanged true when questions, answers or an acceptance came in; false when only comments or votes
     *                     did, which change no count kept per question and post type (a listener that keeps such
     *                     counts may skip those, as it skips {@link CommentAdded} and {@link PostVoted})
     */
    record ThreadImported(long questionId, boolean postsChanged) implements PostEvent {
    }
}
