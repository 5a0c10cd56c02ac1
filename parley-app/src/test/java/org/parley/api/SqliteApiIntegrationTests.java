package org.parley.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The API contract on the embedded store: a real SQLite file in WAL mode. */
class SqliteApiIntegrationTests extends ApiContract {

    @DynamicPropertySource
    static void sqlite(DynamicPropertyRegistry registry) {
        try {
            Path dir = Files.createTempDirectory("parley-api-sqlite");
            registry.add("parley.data-dir", dir::toString);
            registry.add("spring.datasource.url", () -> "jdbc:sqlite:" + dir.resolve("parley.db"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
