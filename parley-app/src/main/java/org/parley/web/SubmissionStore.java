package org.parley.web;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for form submission tokens. */
@Repository
class SubmissionStore {

    private final JdbcClient jdbc;

    SubmissionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> result(String token) {
        return jdbc.sql("SELECT result FROM form_submissions WHERE token = :token")
                .param("token", token).query(String.class).optional();
    }

    void claim(String token, long userId, long at) {
        jdbc.sql("INSERT INTO form_submissions (token, user_id, created_at) VALUES (:token, :userId, :at)")
                .param("token", token).param("userId", userId).param("at", at).update();
    }

    void complete(String token, String result) {
        jdbc.sql("UPDATE form_submissions SET result = :result WHERE token = :token")
                .param("result", result).param("token", token).update();
    }
}
