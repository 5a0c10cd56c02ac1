package org.parley.notify;

import java.time.Instant;

/** One entry of a person's inbox, with what it needs to be shown and linked. */
public record Notification(long id, NotificationKind kind, long questionId, Long postId, String questionTitle,
                           String actorName, Instant createdAt, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }

    public String anchor() {
        return postId == null || postId == questionId ? "" : "#post-" + postId;
    }
}
