package org.parley.importer.stackexchange;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.parley.support.PostgresDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The generated dump through the bulk import on a real PostgreSQL server, in a fresh database. */
class PostgresGeneratedDumpIntegrationTests extends GeneratedDumpContract {

    static PostgresDatabase database;
    static final String DATA_DIR = PostgresDatabase.temporaryDataDir("parley-generated-dump-pg");

    @BeforeAll
    static void createDatabase() {
        database = PostgresDatabase.create();
    }

    @AfterAll
    static void dropDatabase() {
        if (database != null) {
            database.drop();
        }
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        database.register(registry, DATA_DIR);
    }
}
