package org.parley.post;

/** Orders for question lists; each is backed by an index on (post_type, column). */
public enum QuestionSort {
    NEWEST("p.created_at DESC, p.id DESC"),
    ACTIVE("p.last_activity_at DESC, p.id DESC"),
    /** Only questions without an answer; newest first, the unanswered queue sorts its own way. */
    UNANSWERED("p.created_at DESC, p.id DESC"),
    SCORE("p.score DESC, p.created_at DESC, p.id DESC"),
    /** The experts' queue: unanswered questions, the longest waiting first. */
    OLDEST_UNANSWERED("p.created_at, p.id");

    private final String orderBy;

    QuestionSort(String orderBy) {
        this.orderBy = orderBy;
    }

    String orderBy() {
        return orderBy;
    }
}
