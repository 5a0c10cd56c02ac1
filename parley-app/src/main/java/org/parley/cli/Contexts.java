package org.parley.cli;

import java.util.stream.Stream;

import org.parley.ParleyApplication;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application without a web server for commands that run and finish. */
final class Contexts {

    private Contexts() {
    }

    /**
     * A context for a command. Its search index is read-only and no indexer runs, so a command can
     * run beside a live server on the same data directory (which owns the index writer).
     */
    static ConfigurableApplicationContext offline(DataOptions data, String... extra) {
        String[] args = Stream.of(Stream.of(data.springArguments()),
                // Lucene's note that it could use the JDK's incubating vector API is for servers; a command that
                // writes an index (an import into an empty store) would otherwise print it before its summary.
                Stream.of("--logging.level.root=WARN", "--spring.main.log-startup-info=false",
                        "--logging.level.org.apache.lucene.internal.vectorization=ERROR",
                        "--parley.search.indexer-enabled=false"), Stream.of(extra))
                .flatMap(s -> s).toArray(String[]::new);
        return new SpringApplicationBuilder(ParleyApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .run(args);
    }
}
