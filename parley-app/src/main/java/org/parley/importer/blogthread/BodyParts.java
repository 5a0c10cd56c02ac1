package org.parley.importer.blogthread;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Splits a comment into paragraphs and groups them by the name each group opens with. */
final class BodyParts {

    /** Paragraphs sharing one addressee. {@code names} is empty when the comment addresses nobody. */
    record Part(List<String> names, String text) {
    }

    private BodyParts() {
    }

    static List<String> paragraphs(String body) {
        List<String> out = new ArrayList<>();
        for (String p : body.replace('\u00A0', ' ').split("\\n\\s*\\n")) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }

    static List<Part> split(String body, Predicate<String> known) {
        List<String> paragraphs = paragraphs(body);
        List<Part> parts = new ArrayList<>();
        List<String> names = List.of();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            // Only the first few paragraphs may open with a not-yet-known name: that is where greetings sit.
            List<String> opened = Salutations.opening(p, known, i < 2 && names.isEmpty());
            if (!opened.isEmpty() && !names.isEmpty() && !opened.equals(names)) {
                parts.add(new Part(names, text.toString().strip()));
                text.setLength(0);
            }
            if (!opened.isEmpty()) {
                names = opened; // leading unnamed paragraphs belong to the first named addressee
            }
            text.append(p).append("\n\n");
        }
        parts.add(new Part(names, text.toString().strip()));
        return parts;
    }
}
