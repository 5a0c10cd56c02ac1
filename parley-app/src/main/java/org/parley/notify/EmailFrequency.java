package org.parley.notify;

import java.util.Locale;

/** How a person wants notification e-mail: each one at once, one digest a day, or none. */
public enum EmailFrequency {
    IMMEDIATELY, DAILY, OFF;

    String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    static EmailFrequency parse(String value) {
        for (EmailFrequency f : values()) {
            if (f.name().equalsIgnoreCase(value == null ? "" : value.strip())) {
                return f;
            }
        }
        return null;
    }
}
