package org.parley.importer.blogthread;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Content words of a comment for topic comparison. API names (WdfRequestSend, IRP_MN_START_DEVICE) are kept
 * whole because they are the most telling words in a driver discussion; English function words are dropped.
 */
final class ContentTokens {

    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_]+");

    private static final Set<String> STOP = Set.copyOf(List.of(
            "the", "and", "for", "are", "but", "not", "you", "your", "yours", "all", "any", "can", "had", "her",
            "was", "one", "our", "out", "has", "have", "him", "his", "how", "man", "new", "now", "old", "see",
            "two", "way", "who", "did", "its", "let", "put", "say", "she", "too", "use", "that", "with", "this",
            "from", "they", "will", "would", "there", "their", "what", "about", "which", "when", "make", "like",
            "time", "just", "know", "take", "into", "year", "some", "could", "them", "than", "then", "look",
            "only", "come", "over", "think", "also", "back", "after", "work", "first", "well", "even", "want",
            "because", "these", "give", "most", "been", "were", "said", "each", "does", "doing", "done", "very",
            "should", "where", "while", "here", "why", "may", "might", "must", "shall", "being", "such", "other",
            "more", "much", "many", "same", "both", "those", "again", "still", "since", "before", "under",
            "between", "through", "during", "without", "within", "upon", "off", "own", "once", "thanks", "thank",
            "thx", "regards", "hello", "dear", "doron", "doronh", "please", "help", "question", "questions",
            "problem", "issue", "way", "thing", "things", "something", "anything", "nothing", "everything",
            "yes", "don", "doesn", "didn", "isn", "aren", "wasn", "won", "can't", "cannot", "get", "got",
            "getting", "using", "used", "need", "needs", "trying", "try", "tried", "sure", "able", "seems",
            "seem", "really", "actually", "know", "idea", "ideas", "advance", "lot", "lots", "able", "mean",
            "means", "call", "calls", "called", "calling", "case", "point", "right", "good", "great", "better",
            "best", "going", "sorry", "hope", "post", "blog", "answer", "reply", "kind", "whether", "still",
            "either", "via", "etc", "i'm", "ive", "im", "pls", "plz", "hi", "hey", "via"));

    private ContentTokens() {
    }

    static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            boolean hasLetter = w.chars().anyMatch(Character::isLetter);
            // "2ch", "0xc0000034", "1394" say a lot; "3", "42" and "___" say nothing.
            if (w.length() < 3 || STOP.contains(w) || (!hasLetter && w.length() < 4) || w.chars().allMatch(c -> c == '_')) {
                continue;
            }
            out.add(stem(w));
        }
        return out;
    }

    /** Just enough folding that "requests"/"request" and "queues"/"queue" meet; identifiers stay intact. */
    static String stem(String w) {
        if (w.indexOf('_') >= 0 || w.length() <= 4) {
            return w;
        }
        if (w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("ing") && w.length() > 6) {
            return w.substring(0, w.length() - 3);
        }
        if (w.endsWith("ed") && w.length() > 5) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
