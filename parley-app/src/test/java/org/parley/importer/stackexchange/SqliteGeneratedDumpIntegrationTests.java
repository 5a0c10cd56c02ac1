package org.parley.importer.stackexchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.bench.DumpGenerator;
import org.parley.support.TempSqlite;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The generated dump on SQLite, and the generator's promise: the same seed writes the same bytes. */
class SqliteGeneratedDumpIntegrationTests extends GeneratedDumpContract {

    private static final List<String> FILES = List.of("Users.xml", "Posts.xml", "Comments.xml", "Votes.xml", "Tags.xml",
            "labels.json");

    @DynamicPropertySource
    static void sqlite(DynamicPropertyRegistry registry) {
        TempSqlite.register(registry, "parley-generated-dump");
    }

    @Test
    void theSameSeedWritesTheSameDumpAndAnotherSeedAnother() throws IOException {
        DumpGenerator.write(work.resolve("a"), 200, 42);
        DumpGenerator.write(work.resolve("b"), 200, 42);
        DumpGenerator.write(work.resolve("c"), 200, 43);
        for (String file : FILES) {
            assertThat(Files.mismatch(work.resolve("a").resolve(file), work.resolve("b").resolve(file)))
                    .as(file).isEqualTo(-1);
        }
        assertThat(Files.mismatch(work.resolve("a/Posts.xml"), work.resolve("c/Posts.xml"))).isNotEqualTo(-1);
    }

}
