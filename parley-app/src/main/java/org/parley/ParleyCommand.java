package org.parley;

import org.parley.cli.BackupCommand;
import org.parley.cli.CommandFailures;
import org.parley.cli.DashboardCommand;
import org.parley.cli.EvalCommand;
import org.parley.cli.EvalLatencyCommand;
import org.parley.cli.EvalImportCommand;
import org.parley.cli.ExportCommand;
import org.parley.cli.ImportCommand;
import org.parley.cli.ReindexCommand;
import org.parley.cli.ServeCommand;
import org.parley.cli.UserCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The program: {@code parley serve|user|backup|reindex|dashboard|eval|import|eval-import|export}, each with {@code --help}. */
@Command(name = "parley", mixinStandardHelpOptions = true, version = "Parley 0.1.0",
        description = "Self-hosted technical Q&A knowledge base.",
        subcommands = {ServeCommand.class, UserCommand.class, BackupCommand.class, ReindexCommand.class,
                DashboardCommand.class, EvalCommand.class, EvalLatencyCommand.class, ImportCommand.class, EvalImportCommand.class, ExportCommand.class})
public class ParleyCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new ParleyCommand())
                .setExecutionExceptionHandler(new CommandFailures());
        int code = cli.execute(args);
        // A running server keeps the JVM alive on its own threads; every other command ends here.
        if (code != 0 || !ServeCommand.isServing()) {
            System.exit(code);
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
