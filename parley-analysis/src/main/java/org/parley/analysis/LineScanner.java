package org.parley.analysis;

/**
 * Splits one line into raw tokens. Letters, digits and underscores form words; a few joiners are
 * kept inside a word only when a word character follows, so {@code Irp->IoStatus.Status},
 * {@code FxIoQueue::DispatchRequestToDriver} and {@code nt!KiSwapContext} stay whole while a
 * sentence-ending dot or an exclamation mark before a space does not.
 *
 * <p>The line is the first {@code n} chars of a buffer the tokenizer reuses; chars beyond them
 * read as {@code '\0'}, which joins nothing.
 */
final class LineScanner {

    /**
     * Longer runs are blobs (base64, hex dumps without spaces), not words; they are skipped, which
     * also keeps every term well below Lucene's 32766-byte limit.
     */
    static final int MAX_TOKEN_LENGTH = 255;

    private LineScanner() {}

    /** Replaces the contents of {@code tokens} with the tokens of {@code line[0..n)}. */
    static void scan(char[] line, int n, LineTokens tokens) {
        tokens.clear();
        int i = 0;
        while (i < n) {
            if (!isWordChar(line[i])) {
                int offsetEnd = offsetEnd(line, n, i, tokens);
                if (offsetEnd > 0) {
                    tokens.add(i + 1, offsetEnd, TechnicalTokenTypes.OFFSET);
                    i = offsetEnd;
                } else {
                    i++;
                }
                continue;
            }
            int start = i++;
            boolean frame = false;
            while (i < n) {
                if (isWordChar(line[i])) {
                    i++;
                    continue;
                }
                int joiner = joinerLength(line, n, i);
                if (joiner == 0) {
                    break;
                }
                frame |= line[i] == '!';
                i += joiner;
            }
            if (i - start <= MAX_TOKEN_LENGTH) {
                tokens.add(start, i, typeOf(line, start, i, frame));
            }
        }
    }

    static boolean isWordChar(char c) {
        // ASCII first: nearly every char of a post is, and Character.isLetterOrDigit costs a table lookup.
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        }
        return Character.isLetterOrDigit(c);
    }

    static boolean isHexDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** Length of the joiner at {@code i} if it continues the current word, else 0. */
    private static int joinerLength(char[] s, int n, int i) {
        char c = s[i];
        return switch (c) {
            case '.', '!' -> wordAt(s, n, i + 1) ? 1 : 0;
            case ':' -> charAt(s, n, i + 1) == ':' && (wordAt(s, n, i + 2) || destructorAt(s, n, i + 2)) ? 2 : 0;
            case '~' -> i > 0 && s[i - 1] == ':' && wordAt(s, n, i + 1) ? 1 : 0;
            case '-' -> charAt(s, n, i + 1) == '>' && wordAt(s, n, i + 2) ? 2 : 0;
            // WinDbg prints 64-bit values as fffff800`01234567.
            case '`' -> isHexDigit(s[i - 1]) && isHexDigit(charAt(s, n, i + 1)) ? 1 : 0;
            // Contractions and possessives ("driver's", "can’t") stay whole for the possessive filter.
            case '\'', '\u2019' -> Character.isLetter(s[i - 1]) && Character.isLetter(charAt(s, n, i + 1)) ? 1 : 0;
            default -> 0;
        };
    }

    /** End of {@code 0x445} when {@code +0x445} follows a word directly (a stack-frame offset), else 0. */
    private static int offsetEnd(char[] s, int n, int i, LineTokens tokens) {
        if (s[i] != '+' || tokens.size() == 0 || tokens.end(tokens.size() - 1) != i
                || charAt(s, n, i + 1) != '0' || Character.toLowerCase(charAt(s, n, i + 2)) != 'x'
                || !isHexDigit(charAt(s, n, i + 3))) {
            return 0;
        }
        int end = i + 3;
        while (end < n && isHexDigit(s[end])) {
            end++;
        }
        return end;
    }

    private static String typeOf(char[] s, int start, int end, boolean frame) {
        if (frame) {
            return TechnicalTokenTypes.FRAME;
        }
        for (int i = start; i < end; i++) {
            char c = s[i];
            if (!(c >= '0' && c <= '9') && c != '.') {
                return TechnicalTokenTypes.WORD;
            }
        }
        return TechnicalTokenTypes.NUM;
    }

    private static boolean wordAt(char[] s, int n, int i) {
        return i < n && isWordChar(s[i]);
    }

    private static boolean destructorAt(char[] s, int n, int i) {
        return charAt(s, n, i) == '~' && wordAt(s, n, i + 1);
    }

    private static char charAt(char[] s, int n, int i) {
        return i < n ? s[i] : '\0';
    }
}
