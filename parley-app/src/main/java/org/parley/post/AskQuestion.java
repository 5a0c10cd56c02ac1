package org.parley.post;

import java.util.List;

/** A new question. {@code source} is set only by importers. */
public record AskQuestion(String title, String body, List<String> tags, Source source) {

    public AskQuestion(String title, String body, List<String> tags) {
        this(title, body, tags, null);
    }
}
