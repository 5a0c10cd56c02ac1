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
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A fresh, empty PostgreSQL database for one test class, on the server named by
 * {@code PARLEY_TEST_PG_URL} (user {@code PARLEY_TEST_PG_USER}, password {@code PARLEY_TEST_PG_PASSWORD}).
 * {@code .ci/run} starts such a server. Without one, the PostgreSQL tests skip with a message, except
 * under CI, where a missing server is a failure rather than a silent skip.
 *
 * <p>A test class holds one as a JUnit extension, which creates the database before the class's tests
 * and drops it after them, and points its Spring context at it. The class is also
 * {@code @DirtiesContext}, so its context closes with the database instead of staying cached and
 * logging its pool's failures to reach the dropped database into later tests' output:
 * <pre>{@code
 * @DirtiesContext
 * class PostgresApiIntegrationTests extends ApiContract {
 * @RegisterExtension
 * static final PostgresDatabase database = PostgresDatabase.forClass("parley-api-pg");
 *
 * @DynamicPropertySource
 * static void postgres(DynamicPropertyRegistry registry) {
 *     database.register(registry);
 * }
 * }</pre>
 */
public final class PostgresDatabase implements BeforeAllCallback, AfterAllCallback {

    private final String dataDirPrefix;
    private final String name = "parley_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private String adminUrl;
    private String user;
    private String password;
    private String dataDir;

    private PostgresDatabase(String dataDirPrefix) {
        this.dataDirPrefix = dataDirPrefix;
    }

    /** A database for one test class, its data directory (the index lives there even on PostgreSQL) named by the prefix. */
    public static PostgresDatabase forClass(String dataDirPrefix) {
        return new PostgresDatabase(dataDirPrefix);
    }

    /** A database created at once, for a test that decides by itself whether it needs one; {@link #drop()} it after. */
    public static PostgresDatabase create() {
        PostgresDatabase db = new PostgresDatabase("parley-pg");
        db.open();
        return db;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        open();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        drop();
    }

    private void open() {
        String url = System.getenv("PARLEY_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI must provide PostgreSQL: PARLEY_TEST_PG_URL is not set");
            }
            Assumptions.abort("PostgreSQL tests skipped: set PARLEY_TEST_PG_URL (and PARLEY_TEST_PG_USER, "
                    + "PARLEY_TEST_PG_PASSWORD) to a PostgreSQL >= 14 server, as .ci/run does");
        }
        adminUrl = url;
        user = env("PARLEY_TEST_PG_USER", "postgres");
        password = env("PARLEY_TEST_PG_PASSWORD", "");
        dataDir = temporaryDataDir(dataDirPrefix);
        execute("CREATE DATABASE " + name);
    }

    public void drop() {
        if (dataDir != null) {
            execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
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

    /** Points a Spring test context at this database and its data directory. */
    public void register(DynamicPropertyRegistry registry) {
        registry.add("parley.data-dir", () -> dataDir);
        registry.add("spring.datasource.url", this::url);
        registry.add("spring.datasource.username", this::user);
        registry.add("spring.datasource.password", this::password);
    }

    private static String temporaryDataDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
