package org.parley.importer.blogthread;

import java.util.ArrayList;
import java.util.List;

/** Builds small threads in the export format: "author: body" per comment, paragraphs separated by "\n\n". */
public final class ThreadText {

    private final List<String[]> comments = new ArrayList<>();

    public static ThreadText thread() {
        return new ThreadText();
    }

    public ThreadText comment(String author, String body) {
        comments.add(new String[] {author, body});
        return this;
    }

    public String text() {
        StringBuilder b = new StringBuilder("A blog post inviting questions.\n\nComments (" + comments.size() + ")\n\n");
        for (int i = 0; i < comments.size(); i++) {
            String author = comments.get(i)[0];
            b.append("  ").append(i + 1).append(". ").append(author.isEmpty() ? " " : author + " ").append("says:\n\n");
            for (String line : comments.get(i)[1].split("\n", -1)) {
                b.append(line.isEmpty() ? "" : "    " + line).append('\n');
            }
            b.append('\n');
        }
        return b.toString();
    }

    ParsedThread parsed() {
        return new BlogThreadParser().parse(text());
    }

    /** Rebuilt with "doronh" as the expert, as the caller would configure it for this blog. */
    ThreadAnalysis analysed() {
        return new ConversationRebuilder("doronh").rebuild(parsed());
    }
}
