package org.parley.post;

import java.time.Instant;
import java.util.List;

/** A question or an answer as stored. Title and tags are null for answers. */
public record Post(long id, PostType type, Long parentId, String title, String bodyMarkdown, List<String> tags,
                   Author author, Instant createdAt, Instant lastActivityAt, Instant lastEditedAt, int score,
                   int answerCount, Long acceptedAnswerId, Long closedAsDuplicateOf, boolean deleted,
                   Source source) {

    public boolean isQuestion() {
        return type == PostType.QUESTION;
    }

    /** The question this post belongs to: itself for a question. */
    public long questionId() {
        return isQuestion() ? id : parentId;
    }
}
