package org.parley.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs the {@code wrk} load generator (Debian package {@code wrk}) as its own process on this machine, so the
 * server and the client only share the loopback interface and the CPUs. Each run writes its script, its list of
 * requests and wrk's full output (with {@code --latency}) into a work folder, kept for reading afterwards.
 *
 * @param connections connections kept open, each with one request in flight: the load is closed, so a slower
 *                    server gets fewer requests, and the latency is what those connections saw
 */
public record Wrk(Path workDir, int connections, int threads, Duration duration, Duration timeout) {

    public Wrk {
        if (connections < 1 || threads < 1 || threads > connections) {
            throw new IllegalArgumentException("wrk needs at least one connection per thread (connections "
                    + connections + ", threads " + threads + ")");
        }
        if (duration.toSeconds() < 1 || timeout.toSeconds() < 1) {
            throw new IllegalArgumentException("wrk's duration and timeout are whole seconds, at least 1");
        }
    }

    /** The wrk executable on the PATH, if there is one. */
    public static Optional<Path> executable() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "wrk");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** GETs {@code paths} in turn against {@code base} for the duration. */
    public WrkResult get(String name, String base, List<String> paths, Map<String, String> headers)
            throws IOException, InterruptedException {
        Path list = write(name + ".paths", paths);
        return run(name, base, WrkScript.rotateGets(list.toString(), headers));
    }

    /** POSTs answers to {@code questionIds} in turn (see {@link WrkScript#postAnswers}) for the duration. */
    public WrkResult postAnswers(String name, String base, List<Long> questionIds, Map<String, String> headers,
                                 String marker, String text) throws IOException, InterruptedException {
        Path list = write(name + ".ids", questionIds.stream().map(String::valueOf).toList());
        return run(name, base, WrkScript.postAnswers(list.toString(), headers, marker, text));
    }

    /** The command line of a run, as recorded in the results. */
    public String commandLine(String script, String base) {
        return String.join(" ", command(script, base));
    }

    private List<String> command(String script, String base) {
        return new ArrayList<>(List.of(executable().map(Path::toString).orElse("wrk"), "-t", String.valueOf(threads),
                "-c", String.valueOf(connections), "-d", duration.toSeconds() + "s", "--timeout",
                timeout.toSeconds() + "s", "--latency", "-s", script, base));
    }

    private WrkResult run(String name, String base, String script) throws IOException, InterruptedException {
        if (executable().isEmpty()) {
            throw new IllegalStateException("wrk is not installed: apt-get install wrk (bench/run.sh does it)");
        }
        Files.createDirectories(workDir);
        Path scriptFile = workDir.resolve(name + ".lua");
        Files.writeString(scriptFile, script);
        Path log = workDir.resolve(name + ".wrk.txt");
        Process p = new ProcessBuilder(command(scriptFile.toString(), base)).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(duration.toSeconds() + timeout.toSeconds() + 60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("wrk did not end for '" + name + "'; its output: " + log);
        }
        String output = Files.readString(log);
        if (p.exitValue() != 0) {
            throw new IllegalStateException("wrk failed (exit " + p.exitValue() + ") for '" + name + "':\n" + output);
        }
        return WrkResult.parse(name, output);
    }

    private Path write(String fileName, List<String> lines) throws IOException {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(fileName + ": nothing to request");
        }
        Files.createDirectories(workDir);
        return Files.write(workDir.resolve(fileName), lines);
    }
}
