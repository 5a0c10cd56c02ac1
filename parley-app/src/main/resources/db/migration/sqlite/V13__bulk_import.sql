-- Bulk imports (Stack Exchange dumps). Numbered 13 to leave 12 to the dashboard's summary tables.

-- Votes imported without a voter (Stack Exchange dumps leave the voter out of up and down votes) cannot sit in
-- votes, which holds one vote per user and post. Their net count is kept on the post instead, and a post's score
-- is this plus the sum of its votes.
ALTER TABLE posts ADD COLUMN unattributed_score INTEGER NOT NULL DEFAULT 0;

-- How far an import got through a stream whose rows have no key of their own to be found by (a dump's anonymous
-- votes), written in the same transaction as each batch, so a resumed import neither skips nor repeats a row.
CREATE TABLE import_checkpoints (
    source_system TEXT   NOT NULL,
    stream        TEXT   NOT NULL,
    last_id       BIGINT NOT NULL,
    PRIMARY KEY (source_system, stream)
);

-- Statistics for SQLite's query planner, shaped like a site of a million posts. Without any, the planner takes
-- post_type (two values) for a selective column and answers "the answers of question 42" by reading every answer
-- through posts_type_created or posts_answer_times: fine on a small site, a full scan per question on a large one
-- (that made importing answers quadratic). Running ANALYZE (or PRAGMA optimize, which imports do at the end)
-- replaces these with the real figures; they are here so that every connection plans well from the first query.
ANALYZE;
DELETE FROM sqlite_stat1 WHERE tbl IN ('posts', 'comments');
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES
    ('posts', 'posts_parent', '1000000 3'),
    ('posts', 'posts_author', '1000000 20'),
    ('posts', 'posts_type_created', '1000000 500000 1'),
    ('posts', 'posts_type_activity', '1000000 500000 1'),
    ('posts', 'posts_type_score', '1000000 500000 100'),
    ('posts', 'posts_answer_times', '1000000 500000 500000 1 1 1'),
    ('posts', 'posts_author_times', '1000000 20 10 10 1 1'),
    ('posts', 'sqlite_autoindex_posts_1', '1000000 1000000 1'),
    ('comments', 'comments_post', '1000000 2'),
    ('comments', 'sqlite_autoindex_comments_1', '1000000 1000000 1');
