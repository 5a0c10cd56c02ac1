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
