package org.parley.store;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Parley keeps its data.
 *
 * @param dataDir            folder for the SQLite database and the search index ({@code parley.data-dir})
 * @param sqliteBusyTimeout  how long a SQLite writer waits for the write lock before giving up
 * @param sqlitePoolSize     connections to the SQLite file; readers run in parallel, writers queue
 */
@ConfigurationProperties("parley")
public record StoreProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("30s") Duration sqliteBusyTimeout,
        @DefaultValue("8") int sqlitePoolSize) {
}
