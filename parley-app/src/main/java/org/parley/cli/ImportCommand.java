package org.parley.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.parley.importer.BlogThreadImport;
import org.parley.importer.BlogThreadOptions;
import org.parley.importer.ImportReport;
import org.parley.importer.ImportSummary;
import org.parley.importer.stackexchange.StackExchangeImport;
import org.parley.importer.wordpress.WordPressImport;
import org.parley.search.BulkLoad;
import org.parley.search.IndexRebuild;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parley import --format blog-thread FILE}: brings an existing discussion in through the same services
 * the server uses; the server may keep running on the same data directory.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a flat blog comment thread, a Stack Exchange data dump or a WordPress export as questions, answers and "
                + "comments. Running it again changes nothing (or resumes an interrupted dump import); a longer "
                + "thread adds only its new comments.")
public class ImportCommand implements Callable<Integer> {

    /** A thread export is text; anything this large is the wrong file, and reading it whole would cost the heap. */
    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    @Mixin
    DataOptions data;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "blog-thread, stackexchange or wordpress")
    String format;

    @Parameters(index = "0", paramLabel = "FILE",
            description = "The thread file (blog-thread), the dump folder with Users.xml, Posts.xml, Comments.xml"
                    + " (stackexchange), or the WXR export file (wordpress).")
    Path file;

    @Option(names = "--site-name", paramLabel = "NAME", description = "Names the about page made of the opening post.")
    String siteName;

    @Option(names = "--report", paramLabel = "OUT.json",
            description = "Write where each source comment ended up (for parley eval-import).")
    Path report;

    @Option(names = "--expert", paramLabel = "NAME",
            description = "The blog author as named in the thread (default: found from comment counts and greetings).")
    String expert;

    @Option(names = "--dry-run", description = "Do everything, then roll back: print what would be imported.")
    boolean dryRun;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The bulk load's indexing line, printed after the import's summary. */
    private String indexed;

    @Override
    public Integer call() throws IOException {
        if (!List.of("blog-thread", "stackexchange", "wordpress").contains(format)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--format must be blog-thread, stackexchange or wordpress (not '" + format + "')");
        }
        boolean dump = "stackexchange".equals(format);
        if (dump && !Files.isDirectory(file)) {
            throw new IllegalArgumentException(file + ": not a folder (a Stack Exchange dump is a folder of XML files)");
        }
        byte[] bytes = "blog-thread".equals(format) ? readFile() : null;
        ProgressBar bar = ProgressBar.onTerminal(System.out);
        ImportSummary summary;
        // An import acknowledges nothing until it ends and redoes what a crash lost: it may commit without waiting
        // for the disk. Only this process's connections do so; a server on the same data stays on FULL.
        try (var context = Contexts.offline(data, "--parley.sqlite-bulk-load=true")) {
            summary = switch (format) {
                case "stackexchange" -> importDump(context.getBean(StackExchangeImport.class), context.getBean(BulkLoad.class), bar);
                case "wordpress" -> context.getBean(WordPressImport.class).importExport(file, dryRun, bar);
                default -> context.getBean(BlogThreadImport.class)
                        .importThread(bytes, file.toString(), new BlogThreadOptions(siteName, expert, dryRun), bar);
            };
        } finally {
            bar.finish();
        }
        if (report != null) {
            ImportReport.write(report, file.getFileName().toString(), summary.report());
        }
        System.out.println(summary.line());
        if (indexed != null) {
            System.out.println(indexed);
        }
        return 0;
    }

    /**
     * A dump into an empty store is indexed once at the end instead of post by post through the outbox (see
     * {@link BulkLoad}); a dump into a site that has posts goes through the outbox, which then indexes only what
     * the import changed.
     */
    private ImportSummary importDump(StackExchangeImport dumps, BulkLoad bulkLoad, ProgressBar bar) {
        Optional<BulkLoad.Session> bulk = dryRun ? Optional.empty() : bulkLoad.begin();
        ImportSummary summary = dumps.importDump(file, dryRun, bar);
        bulk.ifPresent(session -> {
            bar.finish();
            ProgressBar indexing = ProgressBar.onTerminal(System.out);
            IndexRebuild.Result r = session.finish((done, total, docs) -> indexing.advanced((int) done, (int) total));
            indexing.finish();
            indexed = String.format("Indexed %,d questions (%,d documents) in %.1f s.", r.questions(), r.documents(),
                    r.millis() / 1000.0);
        });
        return summary;
    }

    private byte[] readFile() throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + ": no such file");
        }
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            throw new IllegalArgumentException(file + ": " + size / (1024 * 1024) + " MiB is more than a comment thread"
                    + " can hold (at most " + MAX_FILE_BYTES / (1024 * 1024) + " MiB)");
        }
        return Files.readAllBytes(file);
    }
}
