package org.parley.search;

/**
 * One result: the question, and the post inside it that matched best (the question itself or one
 * of its answers). {@code snippet} is escaped text with the matches wrapped in {@code <mark>}.
 */
public record SearchHit(long questionId, long postId, String postType, String title, String snippet,
                        double score, int answerCount, boolean hasAcceptedAnswer, SourceRef source) {

    /** Where an imported post came from. */
    public record SourceRef(String system, String ref, String author) {
    }
}
