package org.parley.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one line into raw tokens. Letters, digits and underscores form words; a few joiners are
 * kept inside a word only when a word character follows, so {@code Irp->IoStatus.Status},
 * {@code FxIoQueue::DispatchRequestToDriver} and {@code nt!KiSwapContext} stay whole while a
 * sentence-ending dot or an exclamation mark before a space does not.
 */
final class LineScanner {

    /**
     * Longer runs are blobs (base64, hex dumps without spaces), not words; they are skipped, which
     * also keeps every term well below Lucene's 32766-byte limit.
     */
    static final int MAX_TOKEN_LENGTH = 255;

    private LineScanner() {}

    static List<RawToken> scan(CharSequence line) {
        List<RawToken> tokens = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (i < n) {
            if (!isWordChar(line.charAt(i))) {
                int offsetEnd = offsetEnd(line, i, tokens);
                if (offsetEnd > 0) {
                    tokens.add(new RawToken(i + 1, offsetEnd, TechnicalTokenTypes.OFFSET));
                    i = offsetEnd;
                } else {
                    i++;
                }
                continue;
            }
            int start = i++;
            boolean frame = false;
            while (i < n) {
                if (isWordChar(line.charAt(i))) {
                    i++;
                    continue;
                }
                int joiner = joinerLength(line, i);
                if (joiner == 0) {
                    break;
                }
                frame |= line.charAt(i) == '!';
                i += joiner;
            }
            if (i - start <= MAX_TOKEN_LENGTH) {
                tokens.add(new RawToken(start, i, typeOf(line, start, i, frame)));
            }
        }
        return tokens;
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    static boolean isHexDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** Length of the joiner at {@code i} if it continues the current word, else 0. */
    private static int joinerLength(CharSequence s, int i) {
        char c = s.charAt(i);
        return switch (c) {
            case '.', '!' -> wordAt(s, i + 1) ? 1 : 0;
            case ':' -> charAt(s, i + 1) == ':' && (wordAt(s, i + 2) || destructorAt(s, i + 2)) ? 2 : 0;
            case '~' -> i > 0 && s.charAt(i - 1) == ':' && wordAt(s, i + 1) ? 1 : 0;
            case '-' -> charAt(s, i + 1) == '>' && wordAt(s, i + 2) ? 2 : 0;
            // WinDbg prints 64-bit values as fffff800`01234567.
            case '`' -> isHexDigit(s.charAt(i - 1)) && isHexDigit(charAt(s, i + 1)) ? 1 : 0;
            // Contractions and possessives ("driver's", "can’t") stay whole for the possessive filter.
            case '\'', '\u2019' -> Character.isLetter(s.charAt(i - 1)) && Character.isLetter(charAt(s, i + 1)) ? 1 : 0;
            default -> 0;
        };
    }

    /** End of {@code 0x445} when {@code +0x445} follows a word directly (a stack-frame offset), else 0. */
    private static int offsetEnd(CharSequence s, int i, List<RawToken> tokens) {
        if (s.charAt(i) != '+' || tokens.isEmpty() || tokens.get(tokens.size() - 1).end() != i
                || charAt(s, i + 1) != '0' || Character.toLowerCase(charAt(s, i + 2)) != 'x'
                || !isHexDigit(charAt(s, i + 3))) {
            return 0;
        }
        int end = i + 3;
        while (end < s.length() && isHexDigit(s.charAt(end))) {
            end++;
        }
        return end;
    }

    private static String typeOf(CharSequence s, int start, int end, boolean frame) {
        if (frame) {
            return TechnicalTokenTypes.FRAME;
        }
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9') && c != '.') {
                return TechnicalTokenTypes.WORD;
            }
        }
        return TechnicalTokenTypes.NUM;
    }

    private static boolean wordAt(CharSequence s, int i) {
        return i < s.length() && isWordChar(s.charAt(i));
    }

    private static boolean destructorAt(CharSequence s, int i) {
        return charAt(s, i) == '~' && wordAt(s, i + 1);
    }

    private static char charAt(CharSequence s, int i) {
        return i < s.length() ? s.charAt(i) : '\0';
    }
}
