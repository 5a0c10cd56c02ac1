package org.parley.post;

import java.time.Instant;

/** A short remark under a question or an answer. */
public record Comment(long id, long postId, Author author, String body, Instant createdAt, boolean deleted,
                      Source source) {
}
