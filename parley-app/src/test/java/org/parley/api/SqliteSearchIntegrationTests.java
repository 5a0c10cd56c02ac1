package org.parley.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Search through the API on the embedded store. */
class SqliteSearchIntegrationTests extends SearchContract {

    @DynamicPropertySource
    static void sqlite(DynamicPropertyRegistry registry) {
        try {
            Path dir = Files.createTempDirectory("parley-search-sqlite");
            registry.add("parley.data-dir", dir::toString);
            registry.add("spring.datasource.url", () -> "jdbc:sqlite:" + dir.resolve("parley.db"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
