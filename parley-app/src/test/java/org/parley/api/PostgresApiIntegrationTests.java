package org.parley.api;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.parley.support.PostgresDatabase;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same API contract on a real PostgreSQL server, in a fresh database. */
@DirtiesContext
class PostgresApiIntegrationTests extends ApiContract {

    @RegisterExtension
    static final PostgresDatabase database = PostgresDatabase.forClass("parley-api-pg");

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        database.register(registry);
    }
}
