package org.parley.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The options every command that opens the store shares. */
public class DataOptions {

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "${env:PARLEY_DATA_DIR:-./data}",
            description = "Folder for the database and the search index (env PARLEY_DATA_DIR; default: ${DEFAULT-VALUE}).")
    Path dataDir;

    String[] springArguments() {
        return new String[] {"--parley.data-dir=" + dataDir.toAbsolutePath()};
    }
}
