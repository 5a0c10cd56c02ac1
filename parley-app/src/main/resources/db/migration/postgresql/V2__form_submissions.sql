-- One row per submitted page form token: a second submission of the same form (double click,
-- resend after a timeout) finds the first one's result instead of creating a second post.
CREATE TABLE form_submissions (
    token      TEXT   PRIMARY KEY,
    user_id    BIGINT NOT NULL REFERENCES users (id),
    result     TEXT,
    created_at BIGINT NOT NULL
);
