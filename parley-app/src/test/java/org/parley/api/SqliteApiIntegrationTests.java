package org.parley.api;


import org.parley.support.TempSqlite;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The API contract on the embedded store: a real SQLite file in WAL mode. */
class SqliteApiIntegrationTests extends ApiContract {

    @DynamicPropertySource
    static void sqlite(DynamicPropertyRegistry registry) {
        TempSqlite.register(registry, "parley-api-sqlite");
    }
}
