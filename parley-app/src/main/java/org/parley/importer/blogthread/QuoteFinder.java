package org.parley.importer.blogthread;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Finds the earlier comment a text quotes, either with "&gt; " lines or by repeating one of its sentences.
 * Quoting is the most explicit link a commenter can make, so it overrides names and topic guesses.
 */
final class QuoteFinder {

    /** Normalised probes shorter than this match too many unrelated comments (boilerplate, log lines). */
    private static final int MIN_SENTENCE_CHARS = 60;
    private static final int MIN_QUOTE_CHARS = 24;
    private static final int MAX_PROBE_CHARS = 160;
    private static final int MIN_PROBE_WORDS = 6;
    private static final int LOOKBACK = 400;

    private final List<SourceComment> comments;
    private final List<String> normalizedBodies = new ArrayList<>();
    /** First words of every possible probe -> comments (ascending) containing them; avoids scanning every body. */
    private final Map<String, List<Integer>> byOpeningWords = new HashMap<>();

    QuoteFinder(List<SourceComment> comments) {
        this.comments = comments;
        for (int i = 0; i < comments.size(); i++) {
            String normalized = normalize(comments.get(i).body());
            normalizedBodies.add(normalized);
            String[] words = normalized.split(" ");
            for (int w = 0; w + MIN_PROBE_WORDS <= words.length; w++) {
                List<Integer> holders = byOpeningWords.computeIfAbsent(
                        String.join(" ", List.of(words).subList(w, w + MIN_PROBE_WORDS)), k -> new ArrayList<>());
                if (holders.isEmpty() || holders.get(holders.size() - 1) != i) {
                    holders.add(i);
                }
            }
        }
    }

    /** The most recent comment before position {@code index} (in file order) that {@code text} quotes. */
    OptionalInt quotedBefore(int index, String text) {
        int best = -1;
        for (String probe : probes(text)) {
            int found = latestContaining(index, probe);
            if (found > best) {
                best = found;
            }
        }
        return best < 0 ? OptionalInt.empty() : OptionalInt.of(comments.get(best).number());
    }

    private int latestContaining(int index, String probe) {
        String[] words = probe.split(" ");
        List<Integer> holders = byOpeningWords.getOrDefault(
                String.join(" ", List.of(words).subList(0, MIN_PROBE_WORDS)), List.of());
        for (int k = holders.size() - 1; k >= 0; k--) {
            int i = holders.get(k);
            if (i >= index) {
                continue;
            }
            if (i < index - LOOKBACK) {
                break;
            }
            if (normalizedBodies.get(i).contains(probe)) {
                return i;
            }
        }
        return -1;
    }

    static List<String> probes(String text) {
        List<String> probes = new ArrayList<>();
        StringBuilder quoteBlock = new StringBuilder();
        StringBuilder plain = new StringBuilder();
        for (String line : text.split("\n")) {
            String t = line.strip();
            if (t.startsWith(">")) {
                quoteBlock.append(' ').append(t.replaceFirst("^(>\\s*)+", ""));
            } else {
                addProbe(probes, normalize(quoteBlock.toString()), MIN_QUOTE_CHARS);
                quoteBlock.setLength(0);
                plain.append(line).append('\n');
            }
        }
        addProbe(probes, normalize(quoteBlock.toString()), MIN_QUOTE_CHARS);
        for (String sentence : plain.toString().split("(?<=[.?!])\\s+|\\n")) {
            addProbe(probes, normalize(sentence), MIN_SENTENCE_CHARS);
        }
        return probes;
    }

    private static void addProbe(List<String> probes, String normalized, int minChars) {
        if (normalized.length() < minChars || normalized.split(" ").length < MIN_PROBE_WORDS) {
            return;
        }
        String probe = normalized.length() > MAX_PROBE_CHARS ? normalized.substring(0, MAX_PROBE_CHARS) : normalized;
        int cut = probe.lastIndexOf(' ');
        if (normalized.length() > MAX_PROBE_CHARS && cut > 0) {
            probe = probe.substring(0, cut); // never end a probe mid-word
        }
        probes.add(probe);
    }

    /** Lower case, letters and digits only, single spaces: survives re-wrapping and changed quote marks. */
    static String normalize(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        int end = out.length();
        if (end > 0 && out.charAt(end - 1) == ' ') {
            out.setLength(end - 1);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
