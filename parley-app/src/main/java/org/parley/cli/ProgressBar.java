package org.parley.cli;

import java.io.Console;
import java.io.PrintStream;
import java.lang.reflect.Method;

import org.parley.importer.ImportProgress;

/** A one-line progress bar, drawn only when standard output is a terminal (never into a pipe or a log file). */
final class ProgressBar implements ImportProgress {

    private static final int WIDTH = 40;

    private final PrintStream out;
    private final boolean drawing;
    private int lastFilled = -1;
    private boolean drawn;

    private ProgressBar(PrintStream out, boolean drawing) {
        this.out = out;
        this.drawing = drawing;
    }

    static ProgressBar onTerminal(PrintStream out) {
        return new ProgressBar(out, isTerminal());
    }

    @Override
    public void advanced(int done, int total) {
        if (!drawing) {
            return;
        }
        if (total <= 0) {
            // Streamed imports do not know their size in advance: count instead of filling a bar.
            drawn = true;
            out.print("\r" + done + " imported");
            out.flush();
            return;
        }
        int filled = done * WIDTH / total;
        if (filled == lastFilled && done != total) {
            return;
        }
        lastFilled = filled;
        drawn = true;
        out.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total);
        out.flush();
    }

    /** Ends the bar's line so the summary starts on its own. */
    void finish() {
        if (drawn) {
            out.println();
        }
    }

    /**
     * From JDK 22 on, {@code System.console()} exists even when output is redirected and {@code isTerminal()}
     * tells the difference; Parley compiles for 21, where a console exists only on a terminal, so the newer
     * method is looked up at run time.
     */
    private static boolean isTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
