package org.parley.importer.stackexchange;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.parley.support.PostgresDatabase;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The generated dump through the bulk import on a real PostgreSQL server, in a fresh database. */
@DirtiesContext
class PostgresGeneratedDumpIntegrationTests extends GeneratedDumpContract {

    @RegisterExtension
    static final PostgresDatabase database = PostgresDatabase.forClass("parley-generated-dump-pg");

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        database.register(registry);
    }
}
