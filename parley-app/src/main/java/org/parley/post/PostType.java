package org.parley.post;

import java.util.Locale;

/** The two kinds of post; comments are not posts (they are short, unvoted and not revised). */
public enum PostType {
    QUESTION, ANSWER;

    String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    static PostType of(String dbValue) {
        return valueOf(dbValue.toUpperCase(Locale.ROOT));
    }
}
