-- The weekly counts' primary keys carry the counts (INCLUDE), so summing a range of weeks is an
-- index-only scan. On a 1M-post store the planner otherwise read all 448,000 author-weeks with a
-- parallel sequential scan (40-150 ms) to sum the experts' answers, instead of probing each of the
-- 997 experts' weeks (9 ms). SQLite has no INCLUDE and needs nothing here: its tables are
-- clustered on the primary key already.
ALTER TABLE dashboard_weeks DROP CONSTRAINT dashboard_weeks_pkey,
    ADD PRIMARY KEY (scope, week) INCLUDE (asked, questions, answered, within_day, within_week, settled);
ALTER TABLE dashboard_waits DROP CONSTRAINT dashboard_waits_pkey,
    ADD PRIMARY KEY (scope, week, bucket) INCLUDE (questions);
ALTER TABLE dashboard_answerers DROP CONSTRAINT dashboard_answerers_pkey,
    ADD PRIMARY KEY (author_id, week) INCLUDE (answers, first_answers, accepted);
