package org.parley.search;

import java.util.List;
import java.util.Locale;

import org.springframework.web.util.HtmlUtils;

/** A short, escaped excerpt of a text around the first match, with matches marked. */
final class Snippets {

    private static final int WIDTH = 220;

    private Snippets() {
    }

    static String of(String text, List<String> terms) {
        String plain = text.replaceAll("\\s+", " ").strip();
        String lower = plain.toLowerCase(Locale.ROOT);
        int first = -1;
        for (String t : terms) {
            int at = lower.indexOf(t.toLowerCase(Locale.ROOT));
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        int start = Math.max(0, first < 0 ? 0 : first - WIDTH / 3);
        int end = Math.min(plain.length(), start + WIDTH);
        String excerpt = (start > 0 ? "…" : "") + plain.substring(start, end) + (end < plain.length() ? "…" : "");
        return mark(excerpt, terms);
    }

    /** Escapes the excerpt, then wraps each occurrence of a term in {@code <mark>}. */
    static String mark(String excerpt, List<String> terms) {
        StringBuilder out = new StringBuilder();
        String lower = excerpt.toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < excerpt.length()) {
            int matchLength = 0;
            for (String t : terms) {
                if (!t.isEmpty() && lower.startsWith(t.toLowerCase(Locale.ROOT), i) && t.length() > matchLength) {
                    matchLength = t.length();
                }
            }
            if (matchLength > 0) {
                out.append("<mark>").append(HtmlUtils.htmlEscape(excerpt.substring(i, i + matchLength))).append("</mark>");
                i += matchLength;
            } else {
                out.append(HtmlUtils.htmlEscape(String.valueOf(excerpt.charAt(i))));
                i++;
            }
        }
        return out.toString();
    }
}
