package org.parley.support;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Empties every content table between tests that share one application context and one database. */
public final class EmptyStore {

    private EmptyStore() {
    }

    public static void empty(JdbcClient jdbc) {
        for (String table : List.of("search_outbox", "comments", "post_revisions", "votes", "post_tags", "tags",
                "site_about", "form_submissions", "api_tokens", "notifications", "mail_outbox", "tag_watches", "claims",
                "import_checkpoints", "dashboard_questions", "dashboard_weeks", "dashboard_waits", "dashboard_answers",
                "dashboard_answerers")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
        // Posts point at posts (answers, accepted answers, duplicates): cut the links before deleting.
        jdbc.sql("UPDATE posts SET accepted_answer_id = NULL, parent_id = NULL, closed_as_duplicate_of = NULL").update();
        jdbc.sql("DELETE FROM posts").update();
        jdbc.sql("DELETE FROM users").update();
    }
}
