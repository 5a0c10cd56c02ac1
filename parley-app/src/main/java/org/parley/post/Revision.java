package org.parley.post;

import java.time.Instant;
import java.util.List;

/** One stored state of a post: revision 1 is the post as first written. */
public record Revision(long postId, int revision, String title, String bodyMarkdown, List<String> tags,
                       Author editor, String reason, Instant createdAt) {
}
