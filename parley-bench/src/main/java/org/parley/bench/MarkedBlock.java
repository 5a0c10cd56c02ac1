package org.parley.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /**
     * {@code document} with the block {@code key} holding {@code content} (between the marker lines). Only a marker
     * alone on its line counts, so prose may quote the markers.
     */
    public static String replace(String document, String key, String content) {
        String start = start(key);
        String end = end(key);
        String body = content.endsWith("\n") ? content : content + "\n";
        if (body.contains(start) || body.contains(end)) {
            throw new IllegalArgumentException("the content for block '" + key + "' holds its own markers");
        }
        List<Integer> starts = lines(document, start);
        List<Integer> ends = lines(document, end);
        if (starts.isEmpty() && ends.isEmpty()) {
            String sep = document.isEmpty() || document.endsWith("\n\n") ? "" : document.endsWith("\n") ? "\n" : "\n\n";
            return document + sep + start + "\n" + body + end + "\n";
        }
        if (starts.size() > 1 || ends.size() > 1) {
            throw new IllegalArgumentException("block '" + key + "' appears more than once; keep one pair of markers");
        }
        if (starts.isEmpty() || ends.isEmpty() || ends.get(0) < starts.get(0)) {
            throw new IllegalArgumentException("block '" + key + "' is broken: " + (starts.isEmpty() ? start + " is missing"
                    : ends.isEmpty() ? end + " is missing" : "its end marker comes before its start"));
        }
        return document.substring(0, starts.get(0)) + start + "\n" + body + document.substring(ends.get(0));
    }

    /** Where the lines that are exactly {@code marker} begin. */
    private static List<Integer> lines(String document, String marker) {
        List<Integer> found = new ArrayList<>();
        Matcher m = Pattern.compile("^" + Pattern.quote(marker) + "$", Pattern.MULTILINE).matcher(document);
        while (m.find()) {
            found.add(m.start());
        }
        return found;
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
