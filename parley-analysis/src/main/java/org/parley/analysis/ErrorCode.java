package org.parley.analysis;

import java.util.Locale;

/**
 * One named code of the dictionary, e.g. {@code STATUS_INVALID_PARAMETER}, NTSTATUS 0xC000000D.
 *
 * @param kind the code space
 * @param name the symbolic name as in the Windows headers
 * @param value the 32-bit value, unsigned
 */
public record ErrorCode(CodeKind kind, String name, long value) {

    /** Separates kind and value in a {@link #key()}; the tokenizer never keeps it inside a token. */
    public static final char KEY_SEPARATOR = '#';

    /**
     * The synthetic token the analyzers index for this code, e.g. {@code ntstatus#c000000d}. Every
     * spelling of the code (name, {@code 0xC000000D}, {@code c000000d}) yields it, so a query in one
     * spelling finds posts that use another. The {@code #} cannot occur in a prose token.
     */
    public String key() {
        return key(kind, value);
    }

    static String key(CodeKind kind, long value) {
        return kind.id() + KEY_SEPARATOR + String.format(Locale.ROOT, "%08x", value);
    }

    /** The value as people write it: {@code 87} for Win32 errors, {@code 0xC000000D} otherwise. */
    public String displayValue() {
        return kind == CodeKind.WIN32 ? Long.toString(value) : String.format(Locale.ROOT, "0x%08X", value);
    }

    /** {@code STATUS_INVALID_PARAMETER (NTSTATUS 0xC000000D)}. */
    public String describe() {
        return name + " (" + kind.label() + " " + displayValue() + ")";
    }
}
