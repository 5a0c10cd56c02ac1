-- Parley core schema, SQLite flavour. Times are epoch milliseconds (BIGINT) so the same SQL runs
-- on SQLite and PostgreSQL; booleans are stored as 0/1 and read through JDBC getBoolean.

CREATE TABLE users (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    handle        TEXT    NOT NULL UNIQUE,
    display_name  TEXT    NOT NULL,
    email         TEXT,
    password_hash TEXT,
    role          TEXT    NOT NULL CHECK (role IN ('member', 'expert', 'moderator', 'admin')),
    placeholder   BOOLEAN NOT NULL DEFAULT FALSE,
    created_at    BIGINT  NOT NULL
);

CREATE TABLE api_tokens (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id      BIGINT  NOT NULL REFERENCES users (id),
    name         TEXT    NOT NULL,
    token_hash   TEXT    NOT NULL UNIQUE,
    created_at   BIGINT  NOT NULL,
    last_used_at BIGINT,
    revoked_at   BIGINT
);
CREATE INDEX api_tokens_user ON api_tokens (user_id);

CREATE TABLE posts (
    id                     INTEGER PRIMARY KEY AUTOINCREMENT,
    post_type              TEXT    NOT NULL CHECK (post_type IN ('question', 'answer')),
    parent_id              BIGINT REFERENCES posts (id),
    title                  TEXT,
    body_markdown          TEXT    NOT NULL,
    tags                   TEXT,
    author_id              BIGINT  NOT NULL REFERENCES users (id),
    created_at             BIGINT  NOT NULL,
    last_activity_at       BIGINT  NOT NULL,
    last_edited_at         BIGINT,
    score                  INTEGER NOT NULL DEFAULT 0,
    answer_count           INTEGER NOT NULL DEFAULT 0,
    accepted_answer_id     BIGINT,
    closed_as_duplicate_of BIGINT REFERENCES posts (id),
    deleted                BOOLEAN NOT NULL DEFAULT FALSE,
    source_system          TEXT,
    source_ref             TEXT,
    source_author          TEXT,
    UNIQUE (source_system, source_ref)
);
CREATE INDEX posts_parent ON posts (parent_id);
CREATE INDEX posts_author ON posts (author_id);
CREATE INDEX posts_type_created ON posts (post_type, created_at);
CREATE INDEX posts_type_activity ON posts (post_type, last_activity_at);
CREATE INDEX posts_type_score ON posts (post_type, score);

CREATE TABLE tags (
    name           TEXT PRIMARY KEY,
    question_count INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE post_tags (
    post_id BIGINT NOT NULL REFERENCES posts (id),
    tag     TEXT   NOT NULL REFERENCES tags (name),
    PRIMARY KEY (post_id, tag)
);
CREATE INDEX post_tags_tag ON post_tags (tag);

CREATE TABLE comments (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    post_id       BIGINT  NOT NULL REFERENCES posts (id),
    author_id     BIGINT  NOT NULL REFERENCES users (id),
    body          TEXT    NOT NULL,
    created_at    BIGINT  NOT NULL,
    deleted       BOOLEAN NOT NULL DEFAULT FALSE,
    source_system TEXT,
    source_ref    TEXT,
    source_author TEXT,
    UNIQUE (source_system, source_ref)
);
CREATE INDEX comments_post ON comments (post_id);

CREATE TABLE post_revisions (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    post_id       BIGINT  NOT NULL REFERENCES posts (id),
    revision      INTEGER NOT NULL,
    title         TEXT,
    body_markdown TEXT    NOT NULL,
    tags          TEXT,
    editor_id     BIGINT  NOT NULL REFERENCES users (id),
    reason        TEXT,
    created_at    BIGINT  NOT NULL,
    UNIQUE (post_id, revision)
);

CREATE TABLE votes (
    post_id    BIGINT   NOT NULL REFERENCES posts (id),
    user_id    BIGINT   NOT NULL REFERENCES users (id),
    value      SMALLINT NOT NULL CHECK (value IN (-1, 1)),
    created_at BIGINT   NOT NULL,
    PRIMARY KEY (post_id, user_id)
);

-- Written in the same transaction as every post change; the search indexer drains it.
CREATE TABLE search_outbox (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    question_id BIGINT NOT NULL,
    created_at  BIGINT NOT NULL
);
