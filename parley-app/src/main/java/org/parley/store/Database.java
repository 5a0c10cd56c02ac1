package org.parley.store;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/** Which database vendor the store runs on, for the few operations that differ (backup). */
@Component
public class Database {

    private final DataSource dataSource;

    Database(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public boolean isSqlite() {
        try (Connection c = dataSource.getConnection()) {
            return StoreConfiguration.isSqlite(c.getMetaData().getURL());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database: " + e.getMessage(), e);
        }
    }

    /**
     * After a bulk load: lets SQLite refresh its query planner statistics where the tables changed much
     * ({@code PRAGMA optimize}, which samples rather than reads whole tables) and copy its write-ahead log back
     * into the database without waiting for readers. PostgreSQL's autovacuum does both by itself.
     */
    public void optimize() {
        try (Connection c = dataSource.getConnection(); var s = c.createStatement()) {
            if (StoreConfiguration.isSqlite(c.getMetaData().getURL())) {
                s.execute("PRAGMA optimize=0x10002");
                s.execute("PRAGMA wal_checkpoint(PASSIVE)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot refresh the store's statistics: " + e.getMessage(), e);
        }
    }

    public String describe() {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            return "unreachable database (" + e.getMessage() + ")";
        }
    }
}
