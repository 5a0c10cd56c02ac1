package org.parley.dashboard;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.parley.support.PostgresDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The dashboard summary against the figures from scratch on PostgreSQL, in a fresh database. */
class PostgresDashboardSummaryIntegrationTests extends DashboardSummaryContract {

    static PostgresDatabase database;
    static final String DATA_DIR = PostgresDatabase.temporaryDataDir("parley-dashboard-pg");

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
