package org.parley.post;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;

/**
 * What changed between two revisions, line by line with word-level marks. The generator escapes
 * the text for HTML itself; the only markup in the result is its own {@code <del>} and {@code <ins>}.
 */
public record RevisionDiff(Revision from, Revision to, List<Row> rows) {

    public record Row(String kind, String oldHtml, String newHtml) {
    }

    private static final DiffRowGenerator GENERATOR = DiffRowGenerator.create()
            .showInlineDiffs(true)
            .inlineDiffByWord(true)
            .ignoreWhiteSpaces(false)
            .oldTag(open -> open ? "<del>" : "</del>")
            .newTag(open -> open ? "<ins>" : "</ins>")
            .build();

    public static RevisionDiff between(Revision from, Revision to) {
        List<DiffRow> rows = GENERATOR.generateDiffRows(lines(from), lines(to));
        List<Row> out = new ArrayList<>();
        for (DiffRow r : rows) {
            out.add(new Row(r.getTag().name().toLowerCase(), r.getOldLine(), r.getNewLine()));
        }
        return new RevisionDiff(from, to, out);
    }

    public boolean changed() {
        return rows.stream().anyMatch(r -> !"equal".equals(r.kind()));
    }

    private static List<String> lines(Revision r) {
        List<String> lines = new ArrayList<>();
        if (r == null) {
            return lines;
        }
        if (r.title() != null) {
            lines.add("Title: " + r.title());
        }
        if (r.tags() != null && !r.tags().isEmpty()) {
            lines.add("Tags: " + String.join(" ", r.tags()));
        }
        lines.addAll(List.of(r.bodyMarkdown().split("\n", -1)));
        return lines;
    }
}
