package org.parley.post;

import java.time.Instant;
import java.util.List;

/**
 * A new question. {@code source} and {@code createdAt} are set only by importers: an imported post keeps its
 * origin and its place in the original order; {@code null} means "typed here, now".
 */
public record AskQuestion(String title, String body, List<String> tags, Source source, Instant createdAt) {

    public AskQuestion(String title, String body, List<String> tags) {
        this(title, body, tags, null, null);
    }

    public AskQuestion(String title, String body, List<String> tags, Source source) {
        this(title, body, tags, source, null);
    }
}
