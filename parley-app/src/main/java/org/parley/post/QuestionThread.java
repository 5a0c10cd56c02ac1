package org.parley.post;

import java.util.List;
import java.util.Map;

/**
 * A question with everything under it, ready to show: answers ordered accepted first, then by
 * score, then oldest; live comments per post id.
 */
public record QuestionThread(Post question, List<Post> answers, Map<Long, List<Comment>> comments) {

    public List<Comment> commentsOn(long postId) {
        return comments.getOrDefault(postId, List.of());
    }
}
