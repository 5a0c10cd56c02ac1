-- When a question got its first live answer: kept with the answer count, so the backlog
-- dashboard's shares, medians and backlog counts are single scans instead of per-question joins.
ALTER TABLE posts ADD COLUMN first_answer_at BIGINT;

UPDATE posts SET first_answer_at = (
    SELECT MIN(a.created_at) FROM posts a
    WHERE a.parent_id = posts.id AND a.post_type = 'answer' AND a.deleted = FALSE)
WHERE post_type = 'question';

-- Covering indexes for the dashboard: its counts and medians read these, never the posts' text.
CREATE INDEX posts_answer_times ON posts (post_type, deleted, created_at, first_answer_at, closed_as_duplicate_of);
CREATE INDEX posts_author_times ON posts (author_id, post_type, deleted, created_at, parent_id);
