package org.parley.search;

import java.nio.file.Path;
import java.util.List;

/** {@link BulkLoadContract} on SQLite: the importer and the server share the database file, as on one machine. */
class SqliteBulkLoadIntegrationTests extends BulkLoadContract {

    @Override
    List<String> store(Path dir) {
        return List.of("--parley.data-dir=" + dir, "--spring.datasource.url=jdbc:sqlite:" + dir.resolve("parley.db"));
    }
}
