package org.parley.api;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.parley.support.PostgresDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Search through the API on PostgreSQL: the outbox, the indexer's reads and deletes on that dialect. */
class PostgresSearchIntegrationTests extends SearchContract {

    static PostgresDatabase database;
    static final String DATA_DIR = PostgresDatabase.temporaryDataDir("parley-search-pg");

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
