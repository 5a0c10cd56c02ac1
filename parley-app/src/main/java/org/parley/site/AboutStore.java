package org.parley.site;

import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the one-row about text. */
@Repository
class AboutStore {

    private final JdbcClient jdbc;

    AboutStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<About> find() {
        return jdbc.sql("SELECT site_name, body_markdown, source_ref, updated_at FROM site_about WHERE id = 1")
                .query((rs, n) -> new About(rs.getString("site_name"), rs.getString("body_markdown"),
                        rs.getString("source_ref"), Instant.ofEpochMilli(rs.getLong("updated_at"))))
                .optional();
    }

    /** Inserts the text unless one exists; true when it was inserted. */
    boolean insertIfAbsent(String siteName, String body, String sourceSystem, String sourceRef, Instant at) {
        return jdbc.sql("""
                        INSERT INTO site_about (id, site_name, body_markdown, source_system, source_ref, updated_at)
                        VALUES (1, :siteName, :body, :system, :ref, :at)
                        ON CONFLICT (id) DO NOTHING""")
                .param("siteName", siteName).param("body", body).param("system", sourceSystem)
                .param("ref", sourceRef).param("at", at.toEpochMilli())
                .update() == 1;
    }
}
