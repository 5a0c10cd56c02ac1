package org.parley.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.parley.importer.stackexchange.StackExchangeExport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley export --format stackexchange DIR}: the site as a Stack Exchange data dump, so data can leave. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write users, questions, answers, comments, votes and tags as a Stack Exchange data dump.")
public class ExportCommand implements Callable<Integer> {

    @Mixin
    DataOptions data;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "stackexchange")
    String format;

    @Parameters(index = "0", paramLabel = "DIR", description = "An empty or new folder.")
    Path dir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!"stackexchange".equals(format)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--format must be stackexchange (not '" + format + "')");
        }
        try (var context = Contexts.offline(data)) {
            var exported = context.getBean(StackExchangeExport.class).exportTo(dir);
            System.out.printf("Exported %d users, %d posts, %d comments, %d votes, %d tags to %s%n", exported.users(),
                    exported.posts(), exported.comments(), exported.votes(), exported.tags(), dir);
        }
        return 0;
    }
}
