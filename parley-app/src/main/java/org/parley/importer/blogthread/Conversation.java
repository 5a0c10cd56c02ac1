package org.parley.importer.blogthread;

import java.util.List;
import java.util.Objects;

/**
 * One question with everything attached to it, in comment order.
 *
 * @param questionRef      the question's comment number
 * @param asker            the asker's handle ("" when anonymous)
 * @param title            generated title
 * @param tags             generated tags (1..5)
 * @param commentRefs      the question and every comment placed under it
 * @param answerRefs       the comments placed under it as answers
 * @param acceptedAnswers  answers the asker later confirmed as working
 */
public record Conversation(int questionRef, String asker, String title, List<String> tags, List<Integer> commentRefs,
                           List<Integer> answerRefs, List<Integer> acceptedAnswers) {

    public Conversation {
        Objects.requireNonNull(asker);
        Objects.requireNonNull(title);
        tags = List.copyOf(tags);
        commentRefs = List.copyOf(commentRefs);
        answerRefs = List.copyOf(answerRefs);
        acceptedAnswers = List.copyOf(acceptedAnswers);
    }

    /** Nobody ever replied with an answer. */
    public boolean unanswered() {
        return answerRefs.isEmpty();
    }
}
