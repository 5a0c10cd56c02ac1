package org.parley.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The smallest parts of an identifier and how strongly each pair of neighbours is separated.
 * Strengths nest: {@code !} separates module from symbol, {@code :: . -> `} members, {@code _} words,
 * case changes sub-words and letter/digit changes numbers. Cutting only at boundaries up to a
 * strength gives the coarser segments ({@code fxioqueue::dispatchrequesttodriver},
 * {@code fxioqueue}, ...), all of which line up with the parts, so they form a clean token graph.
 */
final class IdentifierParts {

    static final int QUALIFIER = 1;
    static final int MEMBER = 2;
    static final int UNDERSCORE = 3;
    static final int CASE = 4;
    static final int DIGITS = 5;

    private final String text;
    private final List<int[]> spans = new ArrayList<>();
    private final List<Integer> boundaries = new ArrayList<>();

    private IdentifierParts(String text) {
        this.text = text;
    }

    static IdentifierParts of(CharSequence token) {
        IdentifierParts parts = new IdentifierParts(token.toString());
        parts.split();
        return parts;
    }

    int size() {
        return spans.size();
    }

    /** More than one part, or one part wrapped in separators ({@code _IRP}). */
    boolean isCompound() {
        return size() > 1 || (size() == 1 && (start(0) != 0 || end(0) != text.length()));
    }

    int start(int part) {
        return spans.get(part)[0];
    }

    int end(int part) {
        return spans.get(part)[1];
    }

    String part(int index) {
        return text.substring(start(index), end(index)).toLowerCase(Locale.ROOT);
    }

    String whole() {
        return text.toLowerCase(Locale.ROOT);
    }

    String segment(Segment segment) {
        return text.substring(start(segment.first()), end(segment.last())).toLowerCase(Locale.ROOT);
    }

    /**
     * Segments spanning at least two parts, other than the whole, at every strength, ordered by
     * first part and then longest first (the order a token graph needs).
     */
    List<Segment> segments() {
        Set<Segment> found = new LinkedHashSet<>();
        for (int strength = QUALIFIER; strength < DIGITS; strength++) {
            int first = 0;
            for (int i = 0; i < size(); i++) {
                if (i == size() - 1 || boundaries.get(i) <= strength) {
                    if (i > first && !(first == 0 && i == size() - 1)) {
                        found.add(new Segment(first, i));
                    }
                    first = i + 1;
                }
            }
        }
        List<Segment> ordered = new ArrayList<>(found);
        ordered.sort(Comparator.comparingInt(Segment::first)
                .thenComparing(Comparator.comparingInt(Segment::length).reversed()));
        return ordered;
    }

    private void split() {
        int separator = 0;
        int i = 0;
        while (i < text.length()) {
            if (isPartChar(text.charAt(i))) {
                int end = i;
                while (end < text.length() && isPartChar(text.charAt(end))) {
                    end++;
                }
                splitRun(i, end, separator == 0 ? CASE : separator);
                separator = 0;
                i = end;
            } else {
                int strength = separatorStrength(text.charAt(i));
                separator = separator == 0 ? strength : Math.min(separator, strength);
                i++;
            }
        }
    }

    /** Splits a separator-free run on case and letter/digit changes. */
    private void splitRun(int start, int end, int boundaryBefore) {
        int partStart = start;
        int boundary = boundaryBefore;
        for (int k = start + 1; k < end; k++) {
            int strength = caseBoundary(k, end);
            if (strength != 0) {
                addPart(partStart, k, boundary);
                partStart = k;
                boundary = strength;
            }
        }
        addPart(partStart, end, boundary);
    }

    private void addPart(int start, int end, int boundaryBefore) {
        if (!spans.isEmpty()) {
            boundaries.add(boundaryBefore);
        }
        spans.add(new int[] {start, end});
    }

    private int caseBoundary(int k, int end) {
        char prev = text.charAt(k - 1);
        char cur = text.charAt(k);
        char next = k + 1 < end ? text.charAt(k + 1) : '\0';
        if (Character.isLetter(prev) && Character.isDigit(cur)) {
            return DIGITS;
        }
        if (Character.isDigit(prev) && Character.isLetter(cur)) {
            // Win32Error: a capitalised word after digits starts a new sub-word; D3D11 stays together.
            return Character.isUpperCase(cur) && Character.isLowerCase(next) ? CASE : DIGITS;
        }
        if (Character.isLowerCase(prev) && Character.isUpperCase(cur)) {
            return CASE;
        }
        if (Character.isUpperCase(prev) && Character.isUpperCase(cur) && Character.isLowerCase(next)
                && !isPluralAcronym(k, end)) {
            return CASE; // HTTPServer -> HTTP | Server
        }
        return 0;
    }

    /** IRPs, DPCs, PDOsPending: a trailing "s" pluralises the acronym, it does not start a word. */
    private boolean isPluralAcronym(int k, int end) {
        return text.charAt(k + 1) == 's' && (k + 2 == end || !Character.isLowerCase(text.charAt(k + 2)));
    }

    private static boolean isPartChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '\u2019';
    }

    private static int separatorStrength(char c) {
        return switch (c) {
            case '!' -> QUALIFIER;
            case '_' -> UNDERSCORE;
            default -> MEMBER;
        };
    }

    /** Parts {@code first..last} (inclusive). */
    record Segment(int first, int last) {
        int length() {
            return last - first + 1;
        }
    }
}
