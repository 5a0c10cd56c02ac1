package org.parley.cli;

import org.parley.problem.ParleyProblem;
import picocli.CommandLine;

/**
 * Prints a failed command's reason as one line a person can act on, never a stack trace.
 * Exit codes: 1 for a refused or failed operation, 2 for wrong usage (picocli's own).
 */
public class CommandFailures implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        cli.getErr().println(cli.getCommandSpec().qualifiedName() + ": " + reason(e));
        return 1;
    }

    static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ParleyProblem problem) {
                return problem.getMessage();
            }
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
