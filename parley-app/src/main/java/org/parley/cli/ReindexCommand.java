package org.parley.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;

import org.parley.search.IndexRebuild;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code parley reindex}: rebuilds the search index from the store into a new folder and switches
 * to it atomically; a server running on the same data directory keeps answering from the old index
 * until the switch and then follows it.
 */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuild the search index from the store beside the live one, then switch to it "
                + "(a running server keeps searching and follows the switch).")
public class ReindexCommand implements Callable<Integer> {

    private static final int BAR_WIDTH = 30;

    @Mixin
    DataOptions data;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        boolean terminal = System.console() != null;
        try (var context = Contexts.offline(data)) {
            IndexRebuild.Result r = context.getBean(IndexRebuild.class).rebuild((done, total, docs) -> {
                if (terminal) {
                    out.print("\r" + bar(done, total) + String.format(" %,d/%,d questions, %,d documents", done, total, docs));
                    out.flush();
                }
            });
            if (terminal) {
                out.println();
            }
            out.printf("Reindexed %,d questions (%,d documents) in %.1f s: %,.0f documents/s. Live index: %s.%n",
                    r.questions(), r.documents(), r.millis() / 1000.0, r.documentsPerSecond(), r.generation());
        }
        return 0;
    }

    static String bar(long done, long total) {
        int filled = total == 0 ? BAR_WIDTH : (int) (BAR_WIDTH * done / total);
        return "[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "] "
                + String.format("%3d%%", total == 0 ? 100 : 100 * done / total);
    }
}
