-- The site's about text: at most one row. An import can fill it from a thread's opening post; an import never
-- replaces a text that is already there.
CREATE TABLE site_about (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    site_name     TEXT,
    body_markdown TEXT   NOT NULL,
    source_system TEXT,
    source_ref    TEXT,
    updated_at    BIGINT NOT NULL
);
