package org.parley.desk;

import java.time.Instant;
import java.util.List;

/** An unanswered question in the queue, with who (if anyone) has claimed it and until when. */
public record QueueItem(long id, String title, List<String> tags, int score, int commentCount, String askerName,
                        Instant createdAt, String claimedBy, Instant claimExpiresAt) {

    public boolean claimed() {
        return claimedBy != null;
    }
}
