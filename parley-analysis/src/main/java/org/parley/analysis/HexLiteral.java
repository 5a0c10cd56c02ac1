package org.parley.analysis;

import java.util.Locale;
import java.util.Optional;

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
        String s = text.toString();
        boolean prefixed = s.length() > 2 && s.charAt(0) == '0' && (s.charAt(1) == 'x' || s.charAt(1) == 'X');
        int start = prefixed ? 2 : 0;
        int end = s.length();
        while (end > start && s.length() - end < 3 && "uUlL".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        boolean backtick = end - start == 2 * 8 + 1 && s.charAt(start + 8) == '`';
        StringBuilder hex = new StringBuilder(MAX_DIGITS);
        boolean decimalDigit = false;
        boolean letter = false;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (backtick && i == start + 8) {
                continue;
            }
            if (!LineScanner.isHexDigit(c)) {
                return Optional.empty();
            }
            decimalDigit |= Character.isDigit(c);
            letter |= !Character.isDigit(c);
            hex.append(c);
        }
        int count = hex.length();
        if (count == 0 || count > MAX_DIGITS) {
            return Optional.empty();
        }
        long value = Long.parseUnsignedLong(hex.toString(), 16);
        boolean bareOk = count >= MIN_BARE_DIGITS && decimalDigit
                && (letter || (count == MAX_DIGITS && value >>> 32 == 0));
        if (!prefixed && !backtick && !bareOk) {
            return Optional.empty();
        }
        return Optional.of(new HexLiteral(value, count));
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
        return String.format(Locale.ROOT, is64Bit() ? "%016x" : "%08x", value);
    }
}
