package org.parley.importer.blogthread;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the flat export of a blog comment thread:
 *
 * <pre>
 * opening post ...
 * Comments (388)
 *   1. serg_pery says:
 *     indented body ...
 *   2.  says:            (anonymous)
 * </pre>
 *
 * Headers are indented by at most three spaces, bodies by more, so a numbered list inside a body is never
 * mistaken for a header. Problems are reported with the line they were found at.
 */
public final class BlogThreadParser {

    /** A single comment larger than this is almost certainly a paste accident or an attack; refuse it. */
    public static final int DEFAULT_MAX_COMMENT_CHARS = 256 * 1024;

    private static final int MAX_HEADER_LENGTH = 400;
    private static final Pattern HEADER = Pattern.compile("^ {0,3}(\\d{1,7})\\.[ \\t]+(.*?)[ \\t]*says:[ \\t]*$");
    private static final Pattern PARTIAL_HEADER = Pattern.compile("^ {0,3}\\d{1,7}\\.(?:[ \\t].*)?$");
    private static final Pattern COUNT_LINE = Pattern.compile("^\\s*Comments\\s*\\(\\d+\\)\\s*$");

    private final int maxCommentChars;

    public BlogThreadParser() {
        this(DEFAULT_MAX_COMMENT_CHARS);
    }

    public BlogThreadParser(int maxCommentChars) {
        if (maxCommentChars < 1) {
            throw new IllegalArgumentException("maxCommentChars must be positive");
        }
        this.maxCommentChars = maxCommentChars;
    }

    /** Decodes the bytes (BOM/UTF-8/Windows-1252, mojibake repaired) and parses them. */
    public ParsedThread parse(byte[] bytes) {
        return parse(ThreadTextDecoder.decode(bytes).text());
    }

    public ParsedThread parse(String text) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        StringBuilder intro = new StringBuilder();
        List<SourceComment> comments = new ArrayList<>();
        Map<Integer, Integer> headerLineOf = new HashMap<>();
        OpenComment open = null;
        int headerIndent = -1;

        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int lineNo = i + 1;
            Matcher header = headerMatch(line);
            if (header != null) {
                if (open != null) {
                    comments.add(open.finish(false));
                }
                int number = parseNumber(header.group(1), lineNo);
                Integer earlier = headerLineOf.putIfAbsent(number, lineNo);
                if (earlier != null) {
                    throw new BlogThreadFormatException(lineNo,
                            "duplicate comment number " + number + " (already used at line " + earlier + ")");
                }
                if (!comments.isEmpty()) {
                    int previous = comments.get(comments.size() - 1).number();
                    if (number != previous + 1) {
                        throw new BlogThreadFormatException(lineNo, "comment numbering jumps from " + previous
                                + " to " + number + " (a comment is missing or out of order)");
                    }
                }
                open = new OpenComment(number, header.group(2).strip(), lineNo, maxCommentChars);
                if (headerIndent < 0) {
                    headerIndent = leadingSpaces(line);
                }
            } else if (open != null) {
                open.add(line, lineNo);
            } else if (!COUNT_LINE.matcher(line).matches()) {
                intro.append(line).append('\n');
            }
        }
        if (open == null) {
            throw new BlogThreadFormatException(lines.length,
                    "no comments found (expected header lines like \"  1. author says:\")");
        }
        String last = lastNonBlank(lines);
        if (last != null && looksLikeCutHeader(last, headerIndent)) {
            throw new BlogThreadFormatException(lastNonBlankLine(lines),
                    "file is truncated inside a comment header: \"" + last.strip() + "\"");
        }
        comments.add(open.finish(true));
        return new ParsedThread(intro.toString().strip(), comments);
    }

    private static Matcher headerMatch(String line) {
        if (line.length() > MAX_HEADER_LENGTH || line.isEmpty()) {
            return null; // cheap guard: huge lines are never headers and must not be regex-scanned
        }
        Matcher m = HEADER.matcher(line);
        return m.matches() ? m : null;
    }

    /**
     * A final line indented like the headers, starting like one ("  383. someb") but not complete, means
     * the file was cut off mid-header. Short lines only: a real body line is rarely indented like a header.
     */
    private static boolean looksLikeCutHeader(String line, int headerIndent) {
        return line.length() < 80 && leadingSpaces(line) == headerIndent && headerMatch(line) == null
                && PARTIAL_HEADER.matcher(line).matches();
    }

    private static int leadingSpaces(String l) {
        int n = 0;
        while (n < l.length() && l.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    private static int parseNumber(String digits, int lineNo) {
        int number = Integer.parseInt(digits);
        if (number < 1) {
            throw new BlogThreadFormatException(lineNo, "comment number must start at 1, found " + number);
        }
        return number;
    }

    private static String lastNonBlank(String[] lines) {
        int i = lastNonBlankLine(lines);
        return i == 0 ? null : lines[i - 1];
    }

    private static int lastNonBlankLine(String[] lines) {
        for (int i = lines.length - 1; i >= 0; i--) {
            if (!lines[i].isBlank()) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Body lines of the comment currently being read. */
    private static final class OpenComment {
        private final int number;
        private final String author;
        private final int headerLine;
        private final int maxChars;
        private final List<String> lines = new ArrayList<>();
        private int chars;

        OpenComment(int number, String author, int headerLine, int maxChars) {
            this.number = number;
            this.author = author;
            this.headerLine = headerLine;
            this.maxChars = maxChars;
        }

        void add(String line, int lineNo) {
            chars += line.length() + 1;
            if (chars > maxChars) {
                // Fail before buffering more: a multi-megabyte comment must not be held in memory twice.
                throw new BlogThreadFormatException(headerLine, "comment " + number + " is larger than "
                        + maxChars + " characters (still growing at line " + lineNo + "); refusing to import it");
            }
            lines.add(line);
        }

        SourceComment finish(boolean atEndOfFile) {
            int first = 0;
            int end = lines.size();
            while (first < end && lines.get(first).isBlank()) {
                first++;
            }
            while (end > first && lines.get(end - 1).isBlank()) {
                end--;
            }
            if (first == end) {
                throw new BlogThreadFormatException(headerLine, "comment " + number + " has no body"
                        + (atEndOfFile ? " (the file ends right after its header: truncated?)" : ""));
            }
            List<String> kept = lines.subList(first, end);
            int indent = Integer.MAX_VALUE;
            for (String l : kept) {
                if (!l.isBlank()) {
                    indent = Math.min(indent, leadingSpaces(l));
                }
            }
            StringBuilder body = new StringBuilder();
            for (String l : kept) {
                String stripped = l.isBlank() ? "" : l.substring(Math.min(indent, leadingSpaces(l)));
                body.append(stripped).append('\n');
            }
            body.setLength(body.length() - 1);
            return new SourceComment(number, author, body.toString(), headerLine);
        }
    }
}
