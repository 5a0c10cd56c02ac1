package org.parley.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The search box's syntax: words, {@code "quoted phrases"}, {@code -excluded} words,
 * {@code tag:name}, {@code is:answered} / {@code is:unanswered}, {@code user:handle}. Anything that
 * does not parse as an operator is searched as text, so no query is ever an error.
 */
public record QueryText(List<String> words, List<String> phrases, List<String> excluded, List<String> tags,
                        Boolean answered, String user) {

    private static final Pattern PART = Pattern.compile("(-?)\"([^\"]*)\"?|(\\S+)");

    public static QueryText parse(String text) {
        List<String> words = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        Boolean answered = null;
        String user = null;
        Matcher m = PART.matcher(text == null ? "" : text);
        while (m.find()) {
            if (m.group(2) != null) {
                String phrase = m.group(2).strip();
                if (!phrase.isEmpty()) {
                    (m.group(1).isEmpty() ? phrases : excluded).add(phrase);
                }
                continue;
            }
            String token = m.group(3);
            String lower = token.toLowerCase(Locale.ROOT);
            if (lower.startsWith("tag:") && lower.length() > 4) {
                tags.add(lower.substring(4));
            } else if (lower.equals("is:answered")) {
                answered = Boolean.TRUE;
            } else if (lower.equals("is:unanswered")) {
                answered = Boolean.FALSE;
            } else if (lower.startsWith("user:") && lower.length() > 5) {
                user = lower.substring(5);
            } else if (token.startsWith("-") && token.length() > 1) {
                excluded.add(token.substring(1));
            } else {
                words.add(token);
            }
        }
        return new QueryText(words, phrases, excluded, tags, answered, user);
    }

    /** Everything the reader wants to find, words and phrases alike. */
    public List<String> wanted() {
        List<String> all = new ArrayList<>(words);
        all.addAll(phrases);
        return all;
    }

    /**
     * Whether the search names code: an identifier (inner capitals, underscores, {@code ::},
     * {@code !}, {@code ->}), a hex literal, or a word mixing letters and digits.
     */
    public boolean hasTechnicalTerms() {
        for (String w : wanted()) {
            for (String word : w.split("\\s+")) {
                if (TECHNICAL.matcher(word).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Pattern TECHNICAL = Pattern.compile(
            "\\p{Ll}\\p{Lu}|\\p{Lu}{2,}\\p{Ll}|\\w_\\w|::|\\w!\\w|->|\\b0[xX]\\p{XDigit}|\\p{L}\\d|\\d\\p{L}");

    public boolean isEmpty() {
        return words.isEmpty() && phrases.isEmpty();
    }
}
