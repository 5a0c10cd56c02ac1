package org.parley.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;

/** Points a test's application context at a fresh SQLite file (WAL, as in production) in a new temp folder. */
public final class TempSqlite {

    private TempSqlite() {
    }

    /** Registers the data directory and database URL; returns the data directory. */
    public static Path register(DynamicPropertyRegistry registry, String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            registry.add("parley.data-dir", dir::toString);
            registry.add("spring.datasource.url", () -> "jdbc:sqlite:" + dir.resolve("parley.db"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
