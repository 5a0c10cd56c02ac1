-- The backlog dashboard's summary: what it needs from the posts, filed by week (UTC, Monday first),
-- so its figures add up a few rows per week instead of scanning every question. Derived data: the
-- dashboard keeps it in step with every post change, in the same transaction, and rebuilds it from
-- the posts when it is missing or out of step (first start after this migration, `parley dashboard
-- rebuild`). Times are epoch milliseconds; weeks are the epoch milliseconds of their Monday 00:00.

-- One row per live question and scope: scope '' is every question, a tag name that tag's questions.
-- A question closed as a duplicate only has its '' row, and only counts as asked.
CREATE TABLE dashboard_questions (
    question_id     BIGINT  NOT NULL,
    scope           TEXT    NOT NULL,
    asked_at        BIGINT  NOT NULL,
    duplicate       BOOLEAN NOT NULL,
    first_answer_at BIGINT,            -- NULL while unanswered, and for duplicates
    wait            BIGINT,            -- first_answer_at - asked_at
    wait_bucket     BIGINT,            -- the wait rounded down to its bucket (see SummaryKeys)
    settled_at      BIGINT,            -- when it left the backlog: the later of asked_at and first_answer_at
    PRIMARY KEY (question_id, scope)
);
-- The exact waits inside one bucket of one period, for medians.
CREATE INDEX dashboard_questions_waits ON dashboard_questions (scope, wait_bucket, asked_at, wait);
-- What rows dated after "now" within the current week add to it, which the figures take out again.
CREATE INDEX dashboard_questions_asked ON dashboard_questions (asked_at, scope, duplicate, wait, wait_bucket);
CREATE INDEX dashboard_questions_settled ON dashboard_questions (settled_at, scope);

-- Per scope and week: questions asked (duplicates too), asked and not duplicates, of those answered
-- and answered within 24 hours and 7 days; and questions (asked any week) that left the backlog then.
CREATE TABLE dashboard_weeks (
    scope       TEXT   NOT NULL,
    week        BIGINT NOT NULL,
    asked       BIGINT NOT NULL,
    questions   BIGINT NOT NULL,
    answered    BIGINT NOT NULL,
    within_day  BIGINT NOT NULL,
    within_week BIGINT NOT NULL,
    settled     BIGINT NOT NULL,
    PRIMARY KEY (scope, week)
);
-- Every tag's counts over a period, however many tags and weeks there are in all.
CREATE INDEX dashboard_weeks_tags ON dashboard_weeks (week, scope, questions, within_day, within_week);

-- Per scope, week asked and wait bucket: answered questions, to find the bucket a median falls in.
CREATE TABLE dashboard_waits (
    scope     TEXT   NOT NULL,
    week      BIGINT NOT NULL,
    bucket    BIGINT NOT NULL,
    questions BIGINT NOT NULL,
    PRIMARY KEY (scope, week, bucket)
);

-- One row per live answer (on any question, deleted or not).
CREATE TABLE dashboard_answers (
    answer_id    BIGINT  NOT NULL PRIMARY KEY,
    question_id  BIGINT  NOT NULL,
    author_id    BIGINT  NOT NULL,
    answered_at  BIGINT  NOT NULL,
    response     BIGINT  NOT NULL,     -- answered_at - the question's asked_at
    first_answer BOOLEAN NOT NULL,     -- answered_at is the question's first_answer_at
    accepted     BOOLEAN NOT NULL
);
CREATE INDEX dashboard_answers_question ON dashboard_answers (question_id);
CREATE INDEX dashboard_answers_author ON dashboard_answers (author_id, answered_at, response);
CREATE INDEX dashboard_answers_time ON dashboard_answers (answered_at, author_id, first_answer, accepted);

-- Per author and week answered: answers, first answers and accepted answers.
CREATE TABLE dashboard_answerers (
    author_id     BIGINT NOT NULL,
    week          BIGINT NOT NULL,
    answers       BIGINT NOT NULL,
    first_answers BIGINT NOT NULL,
    accepted      BIGINT NOT NULL,
    PRIMARY KEY (author_id, week)
);

-- One row: every summary change and rebuild first updates it, so on PostgreSQL they queue on its
-- row lock and each sees the summary the previous one committed (SQLite has one writer anyway).
CREATE TABLE dashboard_summary (
    id         INTEGER NOT NULL PRIMARY KEY,
    changes    BIGINT  NOT NULL,
    rebuilt_at BIGINT
);
INSERT INTO dashboard_summary (id, changes, rebuilt_at) VALUES (1, 0, NULL);
