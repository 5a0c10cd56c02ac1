package org.parley.post;

import java.util.function.Consumer;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything live, streamed in id order, for exporters: the data leaves Parley in bounded memory. Deleted posts
 * and comments stay behind, as in a Stack Exchange dump.
 */
@Service
public class PostExport {

    private final PostStore posts;
    private final CommentStore comments;
    private final VoteStore votes;

    PostExport(PostStore posts, CommentStore comments, VoteStore votes) {
        this.posts = posts;
        this.comments = comments;
        this.votes = votes;
    }

    @Transactional(readOnly = true)
    public void eachPost(Consumer<Post> out) {
        try (Stream<Post> all = posts.streamLive()) {
            all.forEach(out);
        }
    }

    @Transactional(readOnly = true)
    public void eachComment(Consumer<Comment> out) {
        try (Stream<Comment> all = comments.streamLive()) {
            all.forEach(out);
        }
    }

    /**
     * The net count of a post's imported votes that came without a voter (Stack Exchange dumps name no voters):
     * part of its score, though not in {@link #eachVote}.
     */
    public record UnattributedVotes(long postId, int net, java.time.Instant postCreatedAt) {
    }

    @Transactional(readOnly = true)
    public void eachUnattributedVotes(Consumer<UnattributedVotes> out) {
        try (Stream<UnattributedVotes> all = votes.streamUnattributed()) {
            all.forEach(out);
        }
    }

    @Transactional(readOnly = true)
    public void eachVote(Consumer<Vote> out) {
        try (Stream<Vote> all = votes.streamLive()) {
            all.forEach(out);
        }
    }
}
