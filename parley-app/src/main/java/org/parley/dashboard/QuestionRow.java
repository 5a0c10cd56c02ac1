package org.parley.dashboard;

/**
 * A live question as the summary counts it, in one scope: {@link #ALL} for every question, or one of
 * its tags. A question closed as a duplicate only counts as asked, so it keeps no answer time.
 */
record QuestionRow(long questionId, String scope, long askedAt, boolean duplicate, Long firstAnswerAt) {

    static final String ALL = "";

    QuestionRow {
        if (duplicate) {
            firstAnswerAt = null;
        }
    }

    /** Time from asking to the first answer; null while unanswered. Negative if the answer is dated earlier. */
    Long waitMillis() {
        return firstAnswerAt == null ? null : firstAnswerAt - askedAt;
    }

    Long waitBucket() {
        return firstAnswerAt == null ? null : SummaryKeys.waitBucket(firstAnswerAt - askedAt);
    }

    /** When the question left the backlog: once asked and answered, whichever came later; null while open. */
    Long settledAt() {
        return firstAnswerAt == null ? null : Math.max(askedAt, firstAnswerAt);
    }
}
