package org.parley.cli;

import java.util.concurrent.Callable;

import org.parley.dashboard.DashboardSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code parley dashboard rebuild}: the backlog dashboard's summary, derived again from the posts. */
@Command(name = "dashboard", mixinStandardHelpOptions = true, description = "Maintain the backlog dashboard.",
        subcommands = {DashboardCommand.Rebuild.class})
public class DashboardCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "rebuild", mixinStandardHelpOptions = true,
            description = "Rebuild the dashboard's weekly summary from the posts, in one transaction "
                    + "(a running server keeps serving; post writes wait until it commits).")
    static class Rebuild implements Callable<Integer> {

        @Mixin
        DataOptions data;

        @Override
        public Integer call() {
            // No start-up check: it could rebuild once before this command rebuilds again.
            try (var context = Contexts.offline(data, "--parley.dashboard.check-summary-at-start=false")) {
                DashboardSummary.Rebuilt r = context.getBean(DashboardSummary.class).rebuild();
                System.out.printf("Rebuilt the dashboard summary from %,d questions and %,d answers in %.1f s.%n",
                        r.questions(), r.answers(), r.millis() / 1000.0);
            }
            return 0;
        }
    }
}
