package org.parley.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The index on disk: {@code <data-dir>/index/} holds one folder per generation
 * ({@code g-20261126T130000123}) and a file {@code CURRENT} naming the live one. A rebuild writes a
 * new generation beside the live one and then replaces {@code CURRENT} with an atomic rename, so
 * readers always see a complete index, and a server notices the switch and follows it.
 */
final class IndexFolder {

    private static final String POINTER = "CURRENT";
    private static final DateTimeFormatter NAMES = DateTimeFormatter.ofPattern("'g-'yyyyMMdd'T'HHmmssSSS")
            .withZone(ZoneOffset.UTC);

    private final Path root;

    IndexFolder(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    /** The live generation's name, if an index was ever published here. */
    Optional<String> current() {
        Path pointer = root.resolve(POINTER);
        try {
            if (!Files.exists(pointer)) {
                return Optional.empty();
            }
            String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
            return name.isEmpty() || !Files.isDirectory(root.resolve(name)) ? Optional.empty() : Optional.of(name);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + pointer + ": " + e.getMessage(), e);
        }
    }

    /** A fresh, unused generation folder (names sort by creation time). */
    String newGeneration(Instant now) {
        String name = NAMES.format(now);
        for (int i = 1; Files.exists(root.resolve(name)); i++) {
            name = NAMES.format(now) + "-" + i;
        }
        try {
            Files.createDirectories(root.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + root.resolve(name) + ": " + e.getMessage(), e);
        }
        return name;
    }

    Path generation(String name) {
        return root.resolve(name);
    }

    /** Makes {@code name} the live generation in one atomic rename of the pointer file. */
    void publish(String name) {
        try {
            Path tmp = root.resolve(POINTER + ".tmp-" + ProcessHandle.current().pid());
            Files.writeString(tmp, name + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, root.resolve(POINTER), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot switch the index to " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Deletes generations older than the live one. Newer ones are left alone: a rebuild may be
     * writing one right now.
     */
    void deleteOlderThan(String live) {
        try (Stream<Path> children = Files.list(root)) {
            children.filter(Files::isDirectory)
                    .filter(p -> p.getFileName().toString().startsWith("g-"))
                    .filter(p -> p.getFileName().toString().compareTo(live) < 0)
                    .forEach(IndexFolder::deleteTree);
        } catch (IOException e) {
            // Old generations only cost disk space; the next start tries again.
        }
    }

    /** Deletes a generation that was built but never published. */
    void delete(String generation) {
        deleteTree(generation(generation));
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // As above: leftovers are harmless.
        }
    }
}
