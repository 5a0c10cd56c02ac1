package org.parley.importer.blogthread;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names a paragraph opens by addressing: "Tal, ...", "Carlos (from 2/27), ...", "Hi Doron,", "Hi Peter &amp; Doron",
 * "Dear doron:". A capitalised word followed by a comma is only taken as a name if it is not an ordinary
 * sentence opener ("Yes,", "Finally,"), and, outside the first paragraph, only if it names a known participant.
 */
final class Salutations {

    private static final String NAME = "([\\p{L}][\\p{L}\\d_.\\-]{0,30}(?:\\s+[\\p{Lu}][\\p{Ll}]+)?)";
    private static final Pattern GREETING = Pattern.compile(
            "^[\\s\\p{Punct}]*(?i:hi+|hello|hallo|hey|dear|greetings|good\\s+(?:morning|afternoon|evening))\\b"
                    + "[\\s,!.:?~]*(?i:(?:mr|mrs|ms|sir)\\.?\\s+)?" + NAME
                    + "(?:\\s*(?:&|and|,)\\s*" + NAME + ")?");
    /** An unknown name must look like one: "Avi", "Ted Lin"; not "WdfRequestSend" or "FYI". */
    private static final Pattern NAME_SHAPE = Pattern.compile("\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?");
    private static final Pattern DIRECT = Pattern.compile("^\\s*" + NAME + "\\s*(?:\\([^()\\n]{0,80}\\))?\\s*,\\s*\\S");
    private static final Pattern THANKING = Pattern.compile(
            "^\\s*(?:many\\s+)?(?:thanks|thank\\s+you|thx)\\s*,?\\s+" + NAME + "\\b", Pattern.CASE_INSENSITIVE);

    /** Sentence openers and greetings that precede a comma or follow "Hi" without being names. */
    private static final Set<String> NOT_NAMES = Set.copyOf(List.of("yes", "no", "ok", "okay", "well", "also", "sorry", "so",
            "now", "first", "second", "third", "finally", "btw", "hmm", "thanks", "thank", "hi", "hello", "dear",
            "in", "as", "for", "if", "then", "here", "there", "but", "and", "or", "actually", "frankly", "basically",
            "however", "unfortunately", "otherwise", "again", "anyway", "currently", "today", "ideally", "typically",
            "generally", "great", "good", "right", "sure", "correct", "true", "oh", "ah", "wow", "regards", "cheers",
            "all", "everyone", "everybody", "folks", "guys", "friends", "sir", "madam", "team", "update", "edit",
            "note", "ps", "question", "answer", "problem", "result", "meanwhile", "still", "yet", "just", "indeed",
            "similarly", "additionally", "furthermore", "moreover", "besides", "alternatively", "specifically",
            "obviously", "clearly", "honestly", "personally", "recently", "initially", "originally", "previously",
            "later", "eventually", "hopefully", "apparently", "strangely", "i", "i'm", "im", "we", "you", "he",
            "she", "they", "it", "this", "that", "these", "those", "the", "a", "an", "my", "our", "your", "when",
            "while", "since", "because", "unless", "after", "before", "instead", "plus", "again", "short", "long",
            "next", "last", "previous", "finally", "lastly", "secondly", "thirdly", "firstly", "why", "how", "what",
            "where", "which", "who", "whoever", "interesting", "cool", "nice", "fine", "agreed", "exactly",
            "absolutely", "definitely", "certainly", "probably", "perhaps", "maybe", "sometimes", "usually",
            "there", "yeah", "yep", "nope", "please", "kindly", "again", "whew", "oops", "mr", "mrs", "ms", "fyi", "imho",
            "imo", "afaik", "regd", "re"));

    private Salutations() {
    }

    /**
     * Names addressed at the start of the paragraph.
     *
     * @param known     whether a name refers to a known participant
     * @param firstPart the first paragraph may address people the thread never named ("Avi, ..."), later ones not
     */
    static List<String> opening(String paragraph, Predicate<String> known, boolean firstPart) {
        List<String> names = new ArrayList<>();
        Matcher g = GREETING.matcher(paragraph);
        if (g.find()) {
            addIfName(names, g.group(1), known, true);
            addIfName(names, g.group(2), known, true);
            return names;
        }
        Matcher d = DIRECT.matcher(paragraph);
        if (d.find()) {
            addIfName(names, d.group(1), known, firstPart);
            return names;
        }
        Matcher t = THANKING.matcher(paragraph);
        if (t.find() && t.group(1) != null && known.test(clean(t.group(1)))) {
            names.add(clean(t.group(1)));
        }
        return names;
    }

    /** Names greeted with "Hi X" / "Dear X" at the start of a text: how askers address the person they ask. */
    static List<String> greeted(String text) {
        List<String> names = new ArrayList<>();
        Matcher g = GREETING.matcher(text.replace('\u00A0', ' '));
        if (g.find()) {
            addIfName(names, g.group(1), n -> true, true);
            addIfName(names, g.group(2), n -> true, true);
        }
        return names;
    }

    private static void addIfName(List<String> names, String candidate, Predicate<String> known, boolean allowUnknown) {
        if (candidate == null) {
            return;
        }
        String name = clean(candidate);
        String first = name.split("\\s+")[0].toLowerCase(Locale.ROOT);
        if (name.isEmpty() || NOT_NAMES.contains(first)) {
            return;
        }
        if (known.test(name) || (known.test(name.split("\\s+")[0]))) {
            names.add(name);
        } else if (allowUnknown && NAME_SHAPE.matcher(name).matches()) {
            names.add(name);
        }
    }

    private static String clean(String s) {
        return s.strip().replaceAll("[.\\-]+$", "");
    }
}
