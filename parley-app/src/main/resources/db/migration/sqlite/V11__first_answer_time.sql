-- When a question got its first live answer: kept with the answer count, so the backlog
-- dashboard's shares, medians and backlog counts are single scans instead of per-question joins.
ALTER TABLE posts ADD COLUMN first_answer_at BIGINT;

UPDATE posts SET first_answer_at = (
    SELECT MIN(a.created_at) FROM posts a
    WHERE a.parent_id = posts.id AND a.post_type = 'answer' AND a.deleted = FALSE)
WHERE post_type = 'question';
