package org.parley.search;

import java.util.List;

/**
 * A question with everything under it, as the index needs it: read from the store, turned into
 * documents by {@link ThreadDocuments}.
 */
record IndexedThread(long questionId, String title, List<String> tags, long createdAt, long activityAt,
                     int score, Long acceptedAnswerId, String sourceSystem, String sourceRef, String sourceAuthor,
                     IndexedPost question, List<IndexedPost> answers) {

    /** A question or answer with its live comments. */
    record IndexedPost(long id, boolean isQuestion, String body, String authorHandle, boolean expertAuthor,
                       int score, List<String> comments) {
    }

    boolean accepted(IndexedPost answer) {
        return acceptedAnswerId != null && acceptedAnswerId == answer.id();
    }

    /** Accepted answers and answers by experts or moderators: the ones ranking trusts more. */
    boolean trusted(IndexedPost answer) {
        return accepted(answer) || answer.expertAuthor();
    }
}
