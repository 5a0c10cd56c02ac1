package org.parley.search;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code search_bulk_loads} rows: a bulk import under way that writes no outbox rows and indexes at its end
 * (see {@link BulkLoad}).
 */
@Repository
class BulkLoadStore {

    private final JdbcClient jdbc;

    BulkLoadStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A bulk load that started at {@code startedAt} and last showed life at {@code heartbeatAt}. */
    record Mark(long startedAt, long heartbeatAt) {
    }

    /** True when the store holds no post at all: only then may an import skip the outbox. */
    boolean noPosts() {
        return jdbc.sql("SELECT COUNT(*) FROM (SELECT 1 FROM posts LIMIT 1) p").query(Long.class).single() == 0;
    }

    Optional<Mark> oldest() {
        return jdbc.sql("SELECT started_at, heartbeat_at FROM search_bulk_loads ORDER BY started_at LIMIT 1")
                .query((rs, n) -> new Mark(rs.getLong(1), rs.getLong(2))).optional();
    }

    void insert(long startedAt) {
        jdbc.sql("INSERT INTO search_bulk_loads (started_at, heartbeat_at) VALUES (:at, :at)")
                .param("at", startedAt).update();
    }

    void heartbeat(long startedAt, long now) {
        jdbc.sql("UPDATE search_bulk_loads SET heartbeat_at = :now WHERE started_at = :at")
                .param("now", now).param("at", startedAt).update();
    }

    /** True when the row was there (still as {@code seen}) and is now gone. */
    boolean delete(Mark seen) {
        return jdbc.sql("DELETE FROM search_bulk_loads WHERE started_at = :at AND heartbeat_at = :beat")
                .param("at", seen.startedAt()).param("beat", seen.heartbeatAt()).update() == 1;
    }

    void delete(long startedAt) {
        jdbc.sql("DELETE FROM search_bulk_loads WHERE started_at = :at").param("at", startedAt).update();
    }
}
