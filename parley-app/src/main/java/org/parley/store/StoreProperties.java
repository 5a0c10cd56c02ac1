package org.parley.store;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Parley keeps its data.
 *
 * @param dataDir            folder for the SQLite database and the search index ({@code parley.data-dir})
 * @param sqliteBusyTimeout  how long a SQLite writer waits for the write lock before giving up
 * @param sqlitePoolSize     connections to the SQLite file; readers run in parallel, writers queue
 * @param sqliteBulkLoad     for {@code parley import} only: commit without waiting for the disk
 *                           ({@code synchronous=NORMAL}: the database stays intact on a crash, the last batches may
 *                           be lost, and the import redoes them when run again) and a 64 MiB page cache
 */
@ConfigurationProperties("parley")
public record StoreProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("30s") Duration sqliteBusyTimeout,
        @DefaultValue("8") int sqlitePoolSize,
        @DefaultValue("false") boolean sqliteBulkLoad) {

    @ConstructorBinding
    public StoreProperties {
    }

    /** Without bulk loading, as everything but {@code parley import} runs. */
    public StoreProperties(Path dataDir, Duration sqliteBusyTimeout, int sqlitePoolSize) {
        this(dataDir, sqliteBusyTimeout, sqlitePoolSize, false);
    }
}
