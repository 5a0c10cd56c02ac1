package org.parley.importer.blogthread;

import java.util.List;
import java.util.Objects;

/**
 * A blog post with its flat comment list, before any conversation structure is inferred.
 *
 * @param intro    the opening post (text before the first comment, without the "Comments (N)" line)
 * @param comments comments in file order; numbers are consecutive
 */
public record ParsedThread(String intro, List<SourceComment> comments) {

    public ParsedThread {
        Objects.requireNonNull(intro, "intro");
        comments = List.copyOf(comments);
    }
}
