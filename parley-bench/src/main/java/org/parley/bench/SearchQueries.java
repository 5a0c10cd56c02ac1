package org.parley.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.random.RandomGenerator;

/**
 * The searches of the side-by-side benchmark: the same seed gives the same queries, drawn from the vocabulary
 * {@link TechText} writes into generated dumps, rotating through seven styles ({@link Style}). Each query is kept in a
 * neutral form (its terms and how they combine) and rendered into each engine's own syntax, so every engine does the
 * same search:
 *
 * <ul>
 *   <li>Parley's search box: words are optional and ranked by how many match (its only "or"); it has no AND
 *   operator, but a quoted word is required, so {@code "a" "b"} is the AND; {@code "a b"} a phrase; {@code tag:x}
 *   a filter.</li>
 *   <li>PostgreSQL {@code websearch_to_tsquery}: {@code a b} (AND), {@code a or b}, {@code "a b"}; tags by a
 *   join.</li>
 *   <li>SQLite FTS5 MATCH: every term is a quoted string (tokenised by FTS5 itself, so {@code pkg.Class.method}
 *   becomes a phrase of its parts), joined by {@code AND} / {@code OR}; tags by a join.</li>
 * </ul>
 *
 * <p>{@code many} marks queries built to match a large share of the corpus (the most frequent words of the generated
 * prose, OR over them, a big tag with a frequent word): the case where an index that must score every match is slow.
 */
public final class SearchQueries {

    /** The rotating styles of issue 7. */
    public enum Style {
        TERM, AND, OR, PHRASE, IDENTIFIER, ERROR, TAG;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** How the terms combine. */
    enum Combine { ALL, ANY, PHRASE }

    /** One search. {@code terms} are what a reader types (words, identifiers, codes); {@code tag} may be null. */
    public record Query(String id, Style style, Combine combine, List<String> terms, String tag, boolean many) {

        /** Parley's search-box syntax. */
        public String parley() {
            String text = switch (combine) {
                case ANY -> String.join(" ", terms);
                case ALL -> terms.size() == 1 ? terms.getFirst() : quotedEach(terms, " ", t -> t.replace("\"", ""));
                case PHRASE -> "\"" + String.join(" ", terms).replace("\"", "") + "\"";
            };
            return tag == null ? text : "tag:" + tag + " " + text;
        }

        /** The text for PostgreSQL's {@code websearch_to_tsquery}; the tag is a separate filter. */
        public String websearch() {
            return switch (combine) {
                case ALL -> terms.stream().map(SearchQueries::plainWord).collect(Collectors.joining(" "));
                case ANY -> terms.stream().map(SearchQueries::plainWord).collect(Collectors.joining(" or "));
                case PHRASE -> "\"" + String.join(" ", terms).replace("\"", "") + "\"";
            };
        }

        /** An FTS5 MATCH expression; the tag is a separate filter. */
        public String fts5() {
            return switch (combine) {
                case ALL -> quotedEach(terms, " AND ", SearchQueries::fts5String);
                case ANY -> quotedEach(terms, " OR ", SearchQueries::fts5String);
                case PHRASE -> "\"" + fts5String(String.join(" ", terms)) + "\"";
            };
        }
    }

    private static final Pattern HAS_WORD = Pattern.compile("[\\p{L}\\p{N}]");

    private SearchQueries() {
    }

    /** {@code count} queries, styles in rotation, the same for the same seed. */
    public static List<Query> generate(int count, long seed) {
        if (count < Style.values().length) {
            throw new IllegalArgumentException("--queries must be at least " + Style.values().length + " (one per style)");
        }
        RandomGenerator r = new SplittableRandom(seed);
        List<Query> queries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Style style = Style.values()[i % Style.values().length];
            // Every other query of a style is built from the most frequent words.
            boolean common = (i / Style.values().length) % 2 == 0;
            queries.add(query(String.format(Locale.ROOT, "%s-%04d", style.label(), i), style, common, r));
        }
        return queries;
    }

    private static Query query(String id, Style style, boolean common, RandomGenerator r) {
        TechText.Topic topic = TechText.topic(r);
        return switch (style) {
            case TERM -> new Query(id, style, Combine.ALL, List.of(common ? frequentWord(r) : rarerWord(r)), null, common);
            case AND -> {
                List<String> words = distinct(2 + r.nextInt(2), () -> common ? frequentWord(r) : rarerWord(r));
                yield new Query(id, style, Combine.ALL, words, null, common);
            }
            case OR -> {
                // OR over frequent words matches most of the corpus; OR over identifiers is selective.
                List<String> words = distinct(2 + r.nextInt(2), () -> common ? frequentWord(r) : topic.identifier(r));
                yield new Query(id, style, Combine.ANY, words, null, common);
            }
            case PHRASE -> new Query(id, style, Combine.PHRASE, List.of(phrase(topic, common, r).split(" ")), null, false);
            case IDENTIFIER -> new Query(id, style, Combine.ALL, List.of(topic.identifier(r)), null, false);
            case ERROR -> {
                TechText.ErrorCode e = topic.error(r);
                yield new Query(id, style, Combine.ALL, List.of(r.nextBoolean() ? e.code() : e.symbol()), null, false);
            }
            case TAG -> {
                String tag = common ? topic.tags.getFirst() : topic.tag(r);
                yield new Query(id, style, Combine.ALL, List.of(common ? frequentWord(r) : rarerWord(r)), tag, common);
            }
        };
    }

    /** One of the dozen most frequent words of the generated prose ("call", "buffer", "value", ...). */
    private static String frequentWord(RandomGenerator r) {
        return TechText.FILLER.get(r.nextInt(12));
    }

    /** A word of the long tail of the prose: each is in a small share of the posts. */
    private static String rarerWord(RandomGenerator r) {
        return TechText.FILLER.get(40 + r.nextInt(TechText.FILLER.size() - 40));
    }

    /** Word sequences the generator writes verbatim: symptoms, situations, actions. */
    private static String phrase(TechText.Topic topic, boolean common, RandomGenerator r) {
        if (common) {
            List<String> symptoms = TechText.SYMPTOMS.get(r.nextInt(TechText.SYMPTOMS.size()));
            String s = symptoms.get(r.nextInt(symptoms.size()));
            return s.contains(" ") ? s : s + " when";
        }
        String source = r.nextBoolean() ? TechText.SITUATIONS.get(r.nextInt(TechText.SITUATIONS.size()))
                : TechText.ACTIONS.get(r.nextInt(TechText.ACTIONS.size()));
        String[] words = source.replaceFirst("^(the|I|it|two) ", "").split(" ");
        int n = Math.min(words.length, 2 + r.nextInt(2));
        return String.join(" ", List.of(words).subList(0, n));
    }

    private static List<String> distinct(int n, java.util.function.Supplier<String> draw) {
        LinkedHashSet<String> words = new LinkedHashSet<>();
        for (int attempts = 0; words.size() < n && attempts < 50; attempts++) {
            words.add(draw.get());
        }
        return List.copyOf(words);
    }

    // ---- free text (labelled relevance queries) ------------------------------------------------------------------

    /**
     * A labelled query's free text for PostgreSQL with its words OR-ed: natural-language questions AND-ed would
     * match almost nothing, so each engine gets the form that ranks best (Parley's own words are OR-ed too).
     */
    public static String websearchAnyWord(String text) {
        return words(text).stream().map(SearchQueries::plainWord).filter(w -> HAS_WORD.matcher(w).find())
                .collect(Collectors.joining(" or "));
    }

    /** The same for FTS5: every word a quoted string, OR-ed; null when no word is left. */
    public static String fts5AnyWord(String text) {
        List<String> words = words(text).stream().filter(w -> HAS_WORD.matcher(w).find()).toList();
        return words.isEmpty() ? null : quotedEach(words, " OR ", SearchQueries::fts5String);
    }

    private static List<String> words(String text) {
        return List.of(text.strip().split("\\s+"));
    }

    /**
     * A word with the characters that are operators in {@code websearch_to_tsquery} taken out (quotes, a leading
     * minus, the word "or"), so it is searched as text.
     */
    private static String plainWord(String w) {
        String plain = w.replace("\"", " ").replaceFirst("^-+", "").strip();
        return plain.equalsIgnoreCase("or") ? "" : plain;
    }

    /** FTS5 strings escape a quote by doubling it. */
    private static String fts5String(String s) {
        return s.replace("\"", "\"\"");
    }

    private static String quotedEach(List<String> terms, String separator, Function<String, String> escape) {
        return terms.stream().map(t -> "\"" + escape.apply(t) + "\"").collect(Collectors.joining(separator));
    }
}
