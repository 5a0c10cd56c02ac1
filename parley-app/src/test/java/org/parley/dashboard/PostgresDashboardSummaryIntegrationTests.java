package org.parley.dashboard;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.parley.support.PostgresDatabase;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The dashboard summary against the figures from scratch on PostgreSQL, in a fresh database. */
@DirtiesContext
class PostgresDashboardSummaryIntegrationTests extends DashboardSummaryContract {

    @RegisterExtension
    static final PostgresDatabase database = PostgresDatabase.forClass("parley-dashboard-pg");

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        database.register(registry);
    }
}
