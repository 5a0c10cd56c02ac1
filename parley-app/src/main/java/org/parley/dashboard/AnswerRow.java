package org.parley.dashboard;

/**
 * A live answer as the summary counts it for its author.
 *
 * @param responseMillis time from the question to this answer
 * @param first          it is (or ties with) the question's first live answer
 * @param accepted       it is the question's accepted answer
 */
record AnswerRow(long answerId, long questionId, long authorId, long answeredAt, long responseMillis, boolean first,
                 boolean accepted) {
}
