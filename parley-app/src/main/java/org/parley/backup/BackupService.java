package org.parley.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.parley.problem.Conflict;
import org.parley.problem.InvalidInput;
import org.parley.store.Database;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A consistent copy of the SQLite database while the server keeps running. {@code VACUUM INTO}
 * reads one snapshot inside a read transaction, so every transaction committed before it starts is
 * in the copy and none half-written is; writers carry on meanwhile (WAL).
 */
@Service
public class BackupService {

    private final JdbcClient jdbc;
    private final Database database;

    BackupService(JdbcClient jdbc, Database database) {
        this.jdbc = jdbc;
        this.database = database;
    }

    public record BackupResult(Path file, long bytes) {
    }

    public BackupResult backupTo(Path target) {
        if (!database.isSqlite()) {
            throw new Conflict("Backup copies the embedded SQLite store; for " + database.describe()
                    + " use pg_dump or your database's own backup.");
        }
        Path file = target.toAbsolutePath();
        if (Files.exists(file)) {
            throw InvalidInput.of("to", file + " exists already; name a new file");
        }
        Path parent = file.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw InvalidInput.of("to", "the folder " + parent + " does not exist");
        }
        jdbc.sql("VACUUM INTO :file").param("file", file.toString()).update();
        try {
            return new BackupResult(file, Files.size(file));
        } catch (IOException e) {
            throw new IllegalStateException("The backup was written but cannot be read back: " + e.getMessage(), e);
        }
    }
}
