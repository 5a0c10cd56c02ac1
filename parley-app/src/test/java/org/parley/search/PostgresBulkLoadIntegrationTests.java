package org.parley.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.parley.support.PostgresDatabase;

/** {@link BulkLoadContract} on PostgreSQL: a new database for each test, since a bulk load needs an empty store. */
class PostgresBulkLoadIntegrationTests extends BulkLoadContract {

    private final List<PostgresDatabase> databases = new ArrayList<>();

    @Override
    List<String> store(Path dir) {
        PostgresDatabase db = PostgresDatabase.create();
        databases.add(db);
        return List.of("--parley.data-dir=" + dir, "--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + db.user(), "--spring.datasource.password=" + db.password());
    }

    @AfterEach
    void dropDatabases() {
        databases.forEach(PostgresDatabase::drop);
    }
}
