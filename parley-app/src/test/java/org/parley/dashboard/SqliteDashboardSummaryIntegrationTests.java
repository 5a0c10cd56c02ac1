package org.parley.dashboard;

import org.parley.support.TempSqlite;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The dashboard summary against the figures from scratch on the embedded store. */
class SqliteDashboardSummaryIntegrationTests extends DashboardSummaryContract {

    @DynamicPropertySource
    static void sqlite(DynamicPropertyRegistry registry) {
        TempSqlite.register(registry, "parley-dashboard-summary");
    }
}
