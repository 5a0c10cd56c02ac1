package org.parley.api;


import org.parley.support.TempSqlite;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Search through the API on the embedded store. */
class SqliteSearchIntegrationTests extends SearchContract {

    @DynamicPropertySource
    static void sqlite(DynamicPropertyRegistry registry) {
        TempSqlite.register(registry, "parley-search-sqlite");
    }
}
