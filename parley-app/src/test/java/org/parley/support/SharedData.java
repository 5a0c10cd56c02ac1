package org.parley.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The workplace's shared data and annotations ({@code ../shared} next to the repository root), which a
 * clone of the repository alone does not have: tests that need them skip with a message when absent.
 */
public final class SharedData {

    public static final String KMDF_THREAD = "data/blog-thread-kmdf.txt";
    public static final String DEV_THREADS = "eval/dev-threads.json";

    private SharedData() {
    }

    /** A file under {@code ../shared}, resolved from the repository root (the folder holding {@code mvnw}). */
    public static Optional<Path> file(String relative) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null || dir.getParent() == null) {
            return Optional.empty();
        }
        Path file = dir.resolveSibling("shared").resolve(relative);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** Why a test that needs {@code relative} was skipped. */
    public static String missing(String relative) {
        return "skipped: ../shared/" + relative + " (next to the repository root) is not here;"
                + " it holds the workplace's real thread and annotations";
    }
}
