package org.parley.api;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.parley.support.PostgresDatabase;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Search through the API on PostgreSQL: the outbox, the indexer's reads and deletes on that dialect. */
@DirtiesContext
class PostgresSearchIntegrationTests extends SearchContract {

    @RegisterExtension
    static final PostgresDatabase database = PostgresDatabase.forClass("parley-search-pg");

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        database.register(registry);
    }
}
