package org.parley.bench;

import java.util.ArrayList;
import java.util.List;

/** A GitHub-flavoured Markdown table; cells are escaped so a '|' in a query or path cannot split a row. */
public final class MarkdownTable {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    public MarkdownTable(String... header) {
        if (header.length == 0) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        this.header = List.of(header);
    }

    public MarkdownTable row(Object... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, the table " + header.size()
                    + " columns (" + String.join(", ", header) + ")");
        }
        List<String> row = new ArrayList<>();
        for (Object cell : cells) {
            row.add(cell == null ? "" : String.valueOf(cell));
        }
        rows.add(row);
        return this;
    }

    public String render() {
        StringBuilder b = new StringBuilder();
        line(b, header);
        line(b, header.stream().map(h -> "---").toList());
        rows.forEach(r -> line(b, r));
        return b.toString();
    }

    private static void line(StringBuilder b, List<String> cells) {
        b.append('|');
        for (String cell : cells) {
            b.append(' ').append(cell.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")).append(" |");
        }
        b.append('\n');
    }
}
