package org.parley.post;

/** Orders for the tag list. */
public enum TagSort {
    POPULAR("question_count DESC, name"), NAME("name");

    private final String orderBy;

    TagSort(String orderBy) {
        this.orderBy = orderBy;
    }

    String orderBy() {
        return orderBy;
    }
}
