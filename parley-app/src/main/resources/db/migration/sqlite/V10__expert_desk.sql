-- The expert's desk: notifications (in-app and e-mail), watched tags, claims on unanswered questions.
-- Numbered 10 to leave room for migrations of features built in parallel.

-- immediately | daily | off
ALTER TABLE users ADD COLUMN email_frequency TEXT NOT NULL DEFAULT 'immediately';

CREATE TABLE notifications (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id     BIGINT  NOT NULL REFERENCES users (id),
    kind        TEXT    NOT NULL,
    question_id BIGINT  NOT NULL,
    post_id     BIGINT,
    actor_id    BIGINT,
    created_at  BIGINT  NOT NULL,
    read_at     BIGINT,
    digested_at BIGINT
);
CREATE INDEX notifications_user ON notifications (user_id, read_at);

CREATE TABLE tag_watches (
    user_id BIGINT NOT NULL REFERENCES users (id),
    tag     TEXT   NOT NULL,
    PRIMARY KEY (user_id, tag)
);

-- Mail waits here until the SMTP server took it: an outage delays mail, it never loses it.
CREATE TABLE mail_outbox (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id         BIGINT  NOT NULL REFERENCES users (id),
    recipient       TEXT    NOT NULL,
    subject         TEXT    NOT NULL,
    body            TEXT    NOT NULL,
    unsubscribe_url TEXT    NOT NULL,
    created_at      BIGINT  NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at BIGINT  NOT NULL,
    sent_at         BIGINT,
    last_error      TEXT
);
CREATE INDEX mail_outbox_due ON mail_outbox (sent_at, next_attempt_at);

CREATE TABLE site_secrets (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE claims (
    question_id BIGINT PRIMARY KEY REFERENCES posts (id),
    user_id     BIGINT NOT NULL REFERENCES users (id),
    claimed_at  BIGINT NOT NULL,
    expires_at  BIGINT NOT NULL
);
