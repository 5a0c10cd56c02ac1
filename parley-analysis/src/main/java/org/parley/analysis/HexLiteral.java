package org.parley.analysis;

import java.util.Optional;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A hexadecimal number as written in driver questions: {@code 0xC000000D}, {@code c000000d},
 * {@code C000000DL}, {@code fffff800`01234567}.
 *
 * <p>Recognition rule (shared by the analyzers and {@link ErrorCodes#lookup}): a token is hex if it
 * has a {@code 0x} prefix and 1–16 hex digits, or is WinDbg's {@code 8`8} form, or is a bare run of
 * 6–16 hex digits containing at least one decimal digit and at least one letter a–f. A bare run of
 * 16 decimal digits counts only when its upper half is zero ({@code 0000000000000003}, a
 * zero-extended WinDbg argument). So words made of hex letters ({@code add}, {@code bad},
 * {@code face}, {@code deadbeef}) and plain decimals ({@code 1024}, {@code 20240101}) are never hex.
 * A C integer suffix ({@code L}, {@code UL}, {@code ULL}) is ignored.
 *
 * @param value the number, unsigned
 * @param digits how many hex digits were written (excluding prefix, suffix and backtick)
 */
public record HexLiteral(long value, int digits) {

    private static final int MIN_BARE_DIGITS = 6;
    private static final int MAX_DIGITS = 16;

    public static Optional<HexLiteral> parse(CharSequence text) {
        char[] chars = text.toString().toCharArray();
        return Optional.ofNullable(parse(chars, chars.length));
    }

    /**
     * The same rule on the first {@code length} chars of a term buffer, or null when they are not
     * hex. Filters call this for every word, so it reads the buffer in place and allocates only for
     * a hex literal.
     */
    static HexLiteral parse(char[] text, int length) {
        boolean prefixed = length > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X');
        int start = prefixed ? 2 : 0;
        int end = length;
        while (end > start && length - end < 3 && isIntegerSuffix(text[end - 1])) {
            end--;
        }
        boolean backtick = end - start == 2 * 8 + 1 && text[start + 8] == '`';
        long value = 0;
        int count = 0;
        boolean decimalDigit = false;
        boolean letter = false;
        for (int i = start; i < end; i++) {
            char c = text[i];
            if (backtick && i == start + 8) {
                continue;
            }
            int digit = hexValue(c);
            if (digit < 0 || ++count > MAX_DIGITS) {
                return null;
            }
            decimalDigit |= digit < 10;
            letter |= digit >= 10;
            value = value << 4 | digit;
        }
        if (count == 0) {
            return null;
        }
        boolean bareOk = count >= MIN_BARE_DIGITS && decimalDigit
                && (letter || (count == MAX_DIGITS && value >>> 32 == 0));
        if (!prefixed && !backtick && !bareOk) {
            return null;
        }
        return new HexLiteral(value, count);
    }

    /** 0–15 for an ASCII hex digit, else -1 (unlike {@link Character#digit}, no full-width digits). */
    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private static boolean isIntegerSuffix(char c) {
        return c == 'u' || c == 'U' || c == 'l' || c == 'L';
    }

    /** True when the value does not fit in 32 bits. */
    public boolean is64Bit() {
        return value >>> 32 != 0;
    }

    /**
     * A full-width 64-bit value: in driver text that is a pointer (stack, pool or code address),
     * which says nothing about the question.
     */
    public boolean isAddress() {
        return digits == MAX_DIGITS && is64Bit();
    }

    /**
     * Lowercase, no prefix, zero-padded to 8 digits (16 for 64-bit values). Padding instead of
     * stripping zeros keeps short values away from prose: {@code 0xad} becomes {@code 000000ad},
     * never the word {@code ad}.
     */
    public String canonical() {
        char[] chars = new char[canonicalLength()];
        writeCanonical(chars);
        return new String(chars);
    }

    /** Replaces the term with {@link #canonical()} without building a string. */
    void writeCanonical(CharTermAttribute term) {
        int length = canonicalLength();
        writeCanonical(term.resizeBuffer(length));
        term.setLength(length);
    }

    private int canonicalLength() {
        return is64Bit() ? 16 : 8;
    }

    private void writeCanonical(char[] into) {
        long rest = value;
        for (int i = canonicalLength() - 1; i >= 0; i--, rest >>>= 4) {
            into[i] = Character.forDigit((int) (rest & 0xF), 16);
        }
    }
}
