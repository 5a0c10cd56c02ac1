package org.parley.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The store: an embedded SQLite file under the data directory by default, or whatever
 * {@code spring.datasource.url} names (PostgreSQL in production). SQL is written once for both
 * vendors; only the migrations differ ({@code db/migration/{vendor}}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StoreProperties.class)
public class StoreConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    DataSource dataSource(DataSourceProperties properties, StoreProperties store) {
        HikariDataSource dataSource = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        if (isSqlite(dataSource.getJdbcUrl())) {
            createDirectories(store.dataDir());
            // WAL lets readers run beside the one writer; IMMEDIATE transactions take the write lock
            // up front so two writers queue on busy_timeout instead of failing on lock upgrade;
            // synchronous=FULL because an acknowledged post must survive a power cut (an import, which
            // acknowledges nothing until it ends and redoes lost batches, asks for NORMAL).
            dataSource.addDataSourceProperty("journal_mode", "WAL");
            dataSource.addDataSourceProperty("synchronous", store.sqliteBulkLoad() ? "NORMAL" : "FULL");
            if (store.sqliteBulkLoad()) {
                dataSource.addDataSourceProperty("cache_size", "-65536");
                dataSource.addDataSourceProperty("temp_store", "MEMORY");
                // Copy the write-ahead log back into the database every 40 MB instead of every 4 MB: pages that
                // each batch touches again (index tails, tags) are written back once, with one fsync.
                dataSource.setConnectionInitSql("PRAGMA wal_autocheckpoint=10000");
            }
            dataSource.addDataSourceProperty("busy_timeout", String.valueOf(store.sqliteBusyTimeout().toMillis()));
            dataSource.addDataSourceProperty("transaction_mode", "IMMEDIATE");
            dataSource.addDataSourceProperty("foreign_keys", "true");
            dataSource.setMaximumPoolSize(store.sqlitePoolSize());
        }
        dataSource.setPoolName("parley");
        return dataSource;
    }

    static boolean isSqlite(String url) {
        return url != null && url.startsWith("jdbc:sqlite:");
    }

    private static void createDirectories(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dataDir.toAbsolutePath(), e);
        }
    }
}
