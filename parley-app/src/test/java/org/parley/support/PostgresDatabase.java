package org.parley.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A fresh, empty PostgreSQL database for one test class, on the server named by
 * {@code PARLEY_TEST_PG_URL} (user {@code PARLEY_TEST_PG_USER}, password {@code PARLEY_TEST_PG_PASSWORD}).
 * {@code .ci/run} starts such a server. Without one, the PostgreSQL tests skip with a message, except
 * under CI, where a missing server is a failure rather than a silent skip.
 */
public final class PostgresDatabase {

    private final String adminUrl;
    private final String user;
    private final String password;
    private final String name = "parley_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    private PostgresDatabase(String adminUrl, String user, String password) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
    }

    public static PostgresDatabase create() {
        String url = System.getenv("PARLEY_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI must provide PostgreSQL: PARLEY_TEST_PG_URL is not set");
            }
            Assumptions.abort("PostgreSQL tests skipped: set PARLEY_TEST_PG_URL (and PARLEY_TEST_PG_USER, "
                    + "PARLEY_TEST_PG_PASSWORD) to a PostgreSQL >= 14 server, as .ci/run does");
        }
        PostgresDatabase db = new PostgresDatabase(url, env("PARLEY_TEST_PG_USER", "postgres"),
                env("PARLEY_TEST_PG_PASSWORD", ""));
        db.execute("CREATE DATABASE " + db.name);
        return db;
    }

    public String url() {
        return adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** Points a Spring test context at this database, with the search index in {@code dataDir}. */
    public void register(DynamicPropertyRegistry registry, String dataDir) {
        registry.add("parley.data-dir", () -> dataDir);
        registry.add("spring.datasource.url", this::url);
        registry.add("spring.datasource.username", this::user);
        registry.add("spring.datasource.password", this::password);
    }

    /** A fresh folder for one test class's data directory (the index lives there even on PostgreSQL). */
    public static String temporaryDataDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void drop() {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private void execute(String sql) {
        try (Connection c = DriverManager.getConnection(adminUrl, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + adminUrl + " refused '" + sql + "': " + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null ? fallback : v;
    }
}
