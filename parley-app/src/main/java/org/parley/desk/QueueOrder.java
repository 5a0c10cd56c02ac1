package org.parley.desk;

/** How the unanswered queue is ordered. */
public enum QueueOrder {
    /** Longest waiting first: the default, so nobody waits forever. */
    OLDEST("q.created_at, q.id"),
    /** Most wanted first. */
    VOTES("q.score DESC, q.created_at, q.id");

    private final String orderBy;

    QueueOrder(String orderBy) {
        this.orderBy = orderBy;
    }

    String orderBy() {
        return orderBy;
    }
}
