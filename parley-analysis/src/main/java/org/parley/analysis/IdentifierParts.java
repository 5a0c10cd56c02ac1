package org.parley.analysis;

import java.util.Arrays;
import java.util.Locale;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The smallest parts of an identifier and how strongly each pair of neighbours is separated.
 * Strengths nest: {@code !} separates module from symbol, {@code :: . -> `} members, {@code _} words,
 * case changes sub-words and letter/digit changes numbers. Cutting only at boundaries up to a
 * strength gives the coarser segments ({@code fxioqueue::dispatchrequesttodriver},
 * {@code fxioqueue}, ...), all of which line up with the parts, so they form a clean token graph.
 *
 * <p>One instance is reused for every token of a stream ({@link #split}): the filter runs it on
 * every word, and most words are a single part, so it works on arrays and builds no strings.
 */
final class IdentifierParts {

    static final int QUALIFIER = 1;
    static final int MEMBER = 2;
    static final int UNDERSCORE = 3;
    static final int CASE = 4;
    static final int DIGITS = 5;

    private char[] text = new char[64];
    private int length;
    /** Whether {@link #ascii} and {@link #lowerCase} describe the current text yet. */
    private boolean lowerCasePrepared;
    /** Whether the text is all ASCII; then {@link #lowerCase} is its lower-case copy. */
    private boolean ascii;
    private char[] lowerCase = new char[64];

    private int size;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    /** {@code boundaries[i]}: strength of the boundary between part {@code i} and part {@code i + 1}. */
    private int[] boundaries = new int[16];

    /** Splits the first {@code termLength} chars of {@code term}, replacing what this held before. */
    IdentifierParts split(char[] term, int termLength) {
        if (text.length < termLength) {
            text = new char[termLength];
        }
        System.arraycopy(term, 0, text, 0, termLength);
        length = termLength;
        size = 0;
        lowerCasePrepared = false;
        splitAtSeparators();
        return this;
    }

    int size() {
        return size;
    }

    /** More than one part, or one part wrapped in separators ({@code _IRP}). */
    boolean isCompound() {
        return size > 1 || (size == 1 && (start(0) != 0 || end(0) != length));
    }

    int start(int part) {
        return starts[part];
    }

    int end(int part) {
        return ends[part];
    }

    int length() {
        return length;
    }

    /**
     * The end of the segment that starts at part {@code first} when cutting only at boundaries up
     * to {@code strength}: its last part, or -1 when no segment starts there at that strength.
     */
    int segmentLast(int first, int strength) {
        if (first > 0 && boundaries[first - 1] > strength) {
            return -1;
        }
        int last = first;
        while (last < size - 1 && boundaries[last] > strength) {
            last++;
        }
        return last;
    }

    /**
     * Sets {@code term} to chars {@code from..to} of the identifier, lower-cased as
     * {@link String#toLowerCase(Locale) String.toLowerCase(Locale.ROOT)} would: identical for ASCII,
     * and through a string otherwise, because beyond ASCII lower-casing depends on context (a final
     * sigma) and can change the length.
     */
    void writeLowerCase(int from, int to, CharTermAttribute term) {
        if (!lowerCasePrepared) {
            prepareLowerCase();
        }
        if (ascii) {
            term.copyBuffer(lowerCase, from, to - from);
        } else {
            term.setEmpty().append(new String(text, from, to - from).toLowerCase(Locale.ROOT));
        }
    }

    private void prepareLowerCase() {
        lowerCasePrepared = true;
        if (lowerCase.length < length) {
            lowerCase = new char[text.length];
        }
        for (int i = 0; i < length; i++) {
            char c = text[i];
            if (c > 0x7F) {
                ascii = false;
                return;
            }
            lowerCase[i] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        ascii = true;
    }

    private void splitAtSeparators() {
        int separator = 0;
        int i = 0;
        while (i < length) {
            if (isPartChar(text[i])) {
                int end = i;
                while (end < length && isPartChar(text[end])) {
                    end++;
                }
                splitRun(i, end, separator == 0 ? CASE : separator);
                separator = 0;
                i = end;
            } else {
                int strength = separatorStrength(text[i]);
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
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, 2 * size);
            ends = Arrays.copyOf(ends, 2 * size);
            boundaries = Arrays.copyOf(boundaries, 2 * size);
        }
        if (size > 0) {
            boundaries[size - 1] = boundaryBefore;
        }
        starts[size] = start;
        ends[size] = end;
        size++;
    }

    private int caseBoundary(int k, int end) {
        char prev = text[k - 1];
        char cur = text[k];
        char next = k + 1 < end ? text[k + 1] : '\0';
        if (isLetter(prev) && isDigit(cur)) {
            return DIGITS;
        }
        if (isDigit(prev) && isLetter(cur)) {
            // Win32Error: a capitalised word after digits starts a new sub-word; D3D11 stays together.
            return isUpperCase(cur) && isLowerCase(next) ? CASE : DIGITS;
        }
        if (isLowerCase(prev) && isUpperCase(cur)) {
            return CASE;
        }
        if (isUpperCase(prev) && isUpperCase(cur) && isLowerCase(next) && !isPluralAcronym(k, end)) {
            return CASE; // HTTPServer -> HTTP | Server
        }
        return 0;
    }

    /** IRPs, DPCs, PDOsPending: a trailing "s" pluralises the acronym, it does not start a word. */
    private boolean isPluralAcronym(int k, int end) {
        return text[k + 1] == 's' && (k + 2 == end || !isLowerCase(text[k + 2]));
    }

    // The Character methods below, with ASCII answered first: identifiers nearly always are, and
    // Character's tables cost a lookup per call on the path every word of a post takes.

    private static boolean isPartChar(char c) {
        return c == '\'' || c == '\u2019' || isLetter(c) || isDigit(c);
    }

    private static boolean isLetter(char c) {
        return c < 0x80 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') : Character.isLetter(c);
    }

    private static boolean isDigit(char c) {
        return c < 0x80 ? c >= '0' && c <= '9' : Character.isDigit(c);
    }

    private static boolean isUpperCase(char c) {
        return c < 0x80 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
    }

    private static boolean isLowerCase(char c) {
        return c < 0x80 ? c >= 'a' && c <= 'z' : Character.isLowerCase(c);
    }

    private static int separatorStrength(char c) {
        return switch (c) {
            case '!' -> QUALIFIER;
            case '_' -> UNDERSCORE;
            default -> MEMBER;
        };
    }
}
