package org.parley.post;

import java.time.Instant;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for votes: at most one row per user and post. */
@Repository
class VoteStore {

    private final JdbcClient jdbc;

    VoteStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void put(long postId, long userId, int value, Instant at) {
        jdbc.sql("""
                        INSERT INTO votes (post_id, user_id, value, created_at) VALUES (:postId, :userId, :value, :at)
                        ON CONFLICT (post_id, user_id) DO UPDATE SET value = excluded.value, created_at = excluded.created_at""")
                .param("postId", postId).param("userId", userId).param("value", value).param("at", at.toEpochMilli())
                .update();
    }

    void remove(long postId, long userId) {
        jdbc.sql("DELETE FROM votes WHERE post_id = :postId AND user_id = :userId")
                .param("postId", postId).param("userId", userId).update();
    }

    /** The user's votes on several posts at once (posts without a vote are absent). */
    java.util.Map<Long, Integer> valuesOf(java.util.Collection<Long> postIds, long userId) {
        java.util.Map<Long, Integer> values = new java.util.HashMap<>();
        if (!postIds.isEmpty()) {
            jdbc.sql("SELECT post_id, value FROM votes WHERE user_id = :userId AND post_id IN (:ids)")
                    .param("userId", userId).param("ids", java.util.List.copyOf(postIds))
                    .query((rs, n) -> values.put(rs.getLong("post_id"), rs.getInt("value"))).list();
        }
        return values;
    }

    int valueOf(long postId, long userId) {
        return jdbc.sql("SELECT value FROM votes WHERE post_id = :postId AND user_id = :userId")
                .param("postId", postId).param("userId", userId).query(Integer.class).optional().orElse(0);
    }

    /** Live posts whose score holds imported votes without a voter, by id, streamed (close the stream). */
    Stream<PostExport.UnattributedVotes> streamUnattributed() {
        return jdbc.sql("SELECT id, unattributed_score, created_at FROM posts WHERE unattributed_score <> 0 AND deleted = FALSE ORDER BY id")
                .query((rs, n) -> new PostExport.UnattributedVotes(rs.getLong("id"), rs.getInt("unattributed_score"),
                        Instant.ofEpochMilli(rs.getLong("created_at"))))
                .stream();
    }

    /** Every vote on a live post, by post then voter, streamed (close the stream). */
    Stream<Vote> streamLive() {
        return jdbc.sql("""
                        SELECT v.post_id, v.user_id, v.value, v.created_at FROM votes v JOIN posts p ON p.id = v.post_id
                        WHERE p.deleted = FALSE ORDER BY v.post_id, v.user_id""")
                .query((rs, n) -> new Vote(rs.getLong("post_id"), rs.getLong("user_id"), rs.getInt("value"),
                        Instant.ofEpochMilli(rs.getLong("created_at"))))
                .stream();
    }
}
