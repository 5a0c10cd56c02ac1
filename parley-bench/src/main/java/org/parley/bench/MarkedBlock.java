package org.parley.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A block of a Markdown file between {@code <!-- bench:KEY:start -->} and {@code <!-- bench:KEY:end -->}, which a
 * benchmark run replaces with its latest results: a rerun does not pile sections up, and everything outside the
 * markers stays as it was, byte for byte. A file without the block gets it appended at its end.
 */
public final class MarkedBlock {

    private MarkedBlock() {
    }

    public static String start(String key) {
        return "<!-- bench:" + checked(key) + ":start -->";
    }

    public static String end(String key) {
        return "<!-- bench:" + checked(key) + ":end -->";
    }

    /** {@code document} with the block {@code key} holding {@code content} (between the marker lines). */
    public static String replace(String document, String key, String content) {
        String start = start(key);
        String end = end(key);
        String body = content.endsWith("\n") ? content : content + "\n";
        if (body.contains(start) || body.contains(end)) {
            throw new IllegalArgumentException("the content for block '" + key + "' holds its own markers");
        }
        int from = document.indexOf(start);
        int to = document.indexOf(end);
        if (from < 0 && to < 0) {
            String sep = document.isEmpty() || document.endsWith("\n\n") ? "" : document.endsWith("\n") ? "\n" : "\n\n";
            return document + sep + start + "\n" + body + end + "\n";
        }
        if (from < 0 || to < 0 || to < from) {
            throw new IllegalArgumentException("block '" + key + "' is broken: " + (from < 0 ? start + " is missing"
                    : to < 0 ? end + " is missing" : "its end marker comes before its start"));
        }
        if (document.indexOf(start, from + 1) >= 0 || document.indexOf(end, to + 1) >= 0) {
            throw new IllegalArgumentException("block '" + key + "' appears more than once; keep one pair of markers");
        }
        return document.substring(0, from) + start + "\n" + body + document.substring(to);
    }

    /** Replaces the block {@code key} in {@code file} (created when missing) with {@code content}. */
    public static void replace(Path file, String key, String content) throws IOException {
        String document = Files.exists(file) ? Files.readString(file) : "";
        Files.writeString(file, replace(document, key, content));
    }

    private static String checked(String key) {
        if (!key.matches("[a-z0-9][a-z0-9.-]*")) {
            throw new IllegalArgumentException("a block key is lower-case letters, digits, '.' and '-', not '" + key + "'");
        }
        return key;
    }
}
