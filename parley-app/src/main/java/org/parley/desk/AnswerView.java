package org.parley.desk;

import java.util.List;
import java.util.Map;

import org.parley.post.Comment;
import org.parley.post.Post;
import org.parley.post.QuestionThread;
import org.parley.post.RelatedQuestions;

/** The answering view: the question, its comments, similar answered questions, the answer box, next. */
public record AnswerView(QuestionThread thread, String questionHtml, Map<Long, String> commentHtml,
                         List<RelatedQuestions.Related> similarAnswered, Desk.Neighbours neighbours,
                         String claimedBy, boolean claimedByMe, String queryString, String formToken) {

    public Post question() {
        return thread.question();
    }

    public List<Comment> comments() {
        return thread.commentsOn(thread.question().id());
    }
}
