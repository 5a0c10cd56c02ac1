package org.parley.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.parley.backup.BackupService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parley backup --to FILE}: a consistent copy of the store, safe while the server runs. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Write a consistent copy of the SQLite database; the server may keep running.")
public class BackupCommand implements Callable<Integer> {

    @Mixin
    DataOptions data;

    @Option(names = "--to", required = true, paramLabel = "FILE", description = "The new backup file (must not exist).")
    Path to;

    @Override
    public Integer call() {
        try (var context = Contexts.offline(data)) {
            var result = context.getBean(BackupService.class).backupTo(to);
            System.out.printf("Backed up to %s (%,d bytes).%n", result.file(), result.bytes());
        }
        return 0;
    }
}
