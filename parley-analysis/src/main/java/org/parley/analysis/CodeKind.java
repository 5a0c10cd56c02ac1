package org.parley.analysis;

import java.util.Locale;

/** The four code spaces of the dictionary. Values only identify a code together with its kind. */
public enum CodeKind {
    NTSTATUS("NTSTATUS"),
    WIN32("Win32 error"),
    HRESULT("HRESULT"),
    BUGCHECK("bug check");

    private final String label;

    CodeKind(String label) {
        this.label = label;
    }

    /** Lowercase id used in the dictionary file and in code keys ({@code ntstatus}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Human-readable name ({@code Win32 error}). */
    public String label() {
        return label;
    }

    static CodeKind fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
