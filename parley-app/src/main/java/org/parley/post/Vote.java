package org.parley.post;

import java.time.Instant;

/** One person's vote on a post: {@code value} is 1 (up) or -1 (down). */
public record Vote(long postId, long userId, int value, Instant createdAt) {
}
