package org.parley.post;

/**
 * A moderator removes {@code text} from a post and leaves {@code note} in its place, shown in
 * brackets: "[log removed by moderator: too long]".
 */
public record Redaction(String text, String note) {

    String replacement() {
        String n = note.strip();
        return n.startsWith("[") && n.endsWith("]") ? n : "[" + n + "]";
    }
}
