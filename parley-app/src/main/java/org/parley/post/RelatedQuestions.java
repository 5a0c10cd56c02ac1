package org.parley.post;

import java.util.List;

/**
 * Questions like a given text, answered ones first: for the ask page and the sidebar of a question.
 * The search feature provides it; posts only consume it, so search stays a listener of posts.
 */
public interface RelatedQuestions {

    List<Related> similarTo(String title, String body, long excludeQuestionId, int limit);

    record Related(long questionId, String title, int answerCount, boolean hasAcceptedAnswer, int score) {
    }
}
