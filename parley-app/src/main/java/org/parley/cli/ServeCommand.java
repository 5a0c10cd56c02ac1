package org.parley.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.parley.ParleyApplication;
import org.springframework.boot.SpringApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/** {@code parley serve}: the web server and API. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the server (pages and JSON API). Other Spring settings pass through as --name=value.")
public class ServeCommand implements Callable<Integer> {

    private static volatile boolean serving;

    @Mixin
    DataOptions data;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Unmatched
    List<String> springOptions = new ArrayList<>();

    public static boolean isServing() {
        return serving;
    }

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--port must be between 0 and 65535");
        }
        List<String> args = new ArrayList<>(List.of(data.springArguments()));
        args.add("--server.port=" + port);
        args.addAll(springOptions);
        SpringApplication.run(ParleyApplication.class, args.toArray(String[]::new));
        serving = true;
        return 0;
    }
}
