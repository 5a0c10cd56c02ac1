package org.parley.importer.blogthread;

/** The input is not a readable blog comment thread; the message names the line where reading stopped. */
public final class BlogThreadFormatException extends RuntimeException {

    private final int line;

    public BlogThreadFormatException(int line, String problem) {
        super("line " + line + ": " + problem);
        this.line = line;
    }

    /** 1-based line number the problem was found at. */
    public int line() {
        return line;
    }
}
