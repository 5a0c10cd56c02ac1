package org.parley.importer.blogthread;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A short title for a question, made of the question's own words: the sentence that actually asks
 * ("Is WdfRequestMarkCancelable an obsolete API?") or, failing that, the one stating the problem.
 * Greetings, pleasantries, editor notes, code and log lines are never chosen.
 */
public final class TitleWriter {

    public static final int MAX_LENGTH = 120;
    public static final int MIN_LENGTH = 10;

    private static final Pattern PLEASANTRY = Pattern.compile(
            "^(hi+|hello|hallo|hey|dear|greetings|good (morning|afternoon|evening))\\b.{0,30}$"
                    + "|\\b(thanks?( you)?( a lot)?( in advance)?|thx|regards|best wishes|cheers|sorry|newbie|beginner"
                    + "|i('m| am) new|new to (driver|kernel|device)|i have (a|some|few|a few) questions?"
                    + "|i have read your blog|your blog|hope (you|for)|please help|help me|any help|appreciate"
                    + "|i'?m (a|an) \\w+ boy|my english|would be (greatly )?appreciated|thank you for your time)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Questions that carry no subject: useless as a title however well they ask. */
    private static final Pattern GENERIC_QUESTION = Pattern.compile(
            "^(any (ideas?|suggestions?|help|thoughts|hints?|pointers?|clues?)( (on|about) (this|that|it))?|suggestions"
                    + "|something else|why|how|what|is (my understanding|this|it|that) (correct|right)"
                    + "|am i (right|correct|missing something)|what('?s| is) (wrong|going on)"
                    + "|any idea what'?s? ?(is )?(wrong|going (on|wrong))|what should i do|can (you|u|anyone) help( me)?"
                    + "|please (help|comment)( that| on this| me)?|is it possible|is it right|does (this|that)( explanation)?"
                    + " (make sense|sound possible))[\\s?!.]*$",
            Pattern.CASE_INSENSITIVE);
    /** Inverted word order asks even without a question mark: "Do you have a recommendation when to ...". */
    private static final Pattern INVERTED = Pattern.compile(
            "^(how|why|where|which|do|does|did|is|are|can|could|should|would|will|has|have)\\s+"
                    + "(you|i|we|it|there|this|that|my|the|a|an|one|kmdf|wdf|windows)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PROBLEM = Pattern.compile(
            "\\b(fail\\w*|error|crash\\w*|hang\\w*|hung|bug ?check|bsod|blue ?screen|(do|does|did) ?n[o'’]?t|can ?n[o'’]?t"
                    + "|won't|not (work|load|unload|get|see|able)|unable|never|stuck|assert\\w*|problem|issue|trouble|wrong)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TECHNICAL = Pattern.compile(
            "\\b([A-Z][a-z0-9]+[A-Z]\\w*|[A-Z0-9]{2,}(_[A-Z0-9]+)*|\\w+_\\w+|\\w+\\.(sys|inf|dll|exe))\\b");
    /** Sentence connectors: dropped from the front, never counted as asking. */
    private static final Pattern CONNECTOR = Pattern.compile("^((so|and|but|also|or)\\b,?|(btw|now|ok|well|then|hence|anyway),)\\s+",
            Pattern.CASE_INSENSITIVE);
    /** Lead-ins around an indirect question: "I would like to know if ...", "Could you tell me how ...". */
    private static final Pattern LEAD_IN = Pattern.compile(
            "^((my (main |real |first |next )?question is|the question is)[,:]?\\s+(that\\s+)?(?!(regarding|about|related)\\b)"
                    + "|question:\\s*"
                    + "|(i (would|'d) like|i (want|wanted|need)) to know[,:]?\\s+|i('m| am| was) wondering[,:]?\\s+"
                    + "|i (just )?wonder[,:]?\\s+|do you know[,:]?\\s+|any idea[,:]?\\s+(?=(if|whether|how|what|why)\\b)"
                    + "|((could|can|would|will) (you|u) (please |pls )?|please )(advise|advice|tell me|explain( to me)?"
                    + "|let me know|help me( to)? understand|suggest)[,:]?\\s+(?=(if|whether|how|what|why|where|when|which|who)\\b))"
                    + "((if|whether)\\s+)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern GREETING = Pattern.compile(
            "^(hi+|hello|hallo|hey|dear|greetings)\\b[^,:;!.?]{0,30}[,:;!.]+\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_JUNK = Pattern.compile("^([\\s\"'“”‘’(\\[*•·,;:.–—-]+|\\d{1,2}[.)]\\s+|[a-z][.)]\\s+)+");
    /** Braces, arrows, scope operators, debugger "module!symbol", "NDIS.SYS:Function", long hex constants. */
    private static final Pattern CODE_MARK = Pattern.compile(
            "[{}]|->|::|==|\\w![A-Za-z_]|\\b\\w+\\.(?i:sys|dll|exe):\\S|\\b0x[0-9a-fA-F]{6,}\\b");
    private static final Pattern CALL = Pattern.compile("\\w\\(");
    private static final Pattern PLAIN_WORD = Pattern.compile("(?<![\\w(])[a-z]{2,}\\b(?![(_])");
    private static final Pattern STATEMENT_END = Pattern.compile(";\\s*(//.*)?$");
    private static final Pattern HEX_WORD = Pattern.compile("\\b[0-9a-fA-F]{8}\\b");
    private static final Pattern CALL_LINE = Pattern.compile("^[A-Za-z_][\\w.]*\\s*\\(.*\\)\\s*[;{]?$");

    private TitleWriter() {
    }

    public static String titleFor(String questionBody) {
        List<String> sentences = sentences(questionBody);
        String best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < sentences.size(); i++) {
            String s = sentences.get(i);
            if (PLEASANTRY.matcher(s).find() && ContentTokens.of(s).size() < 5 || looksLikeCode(s)) {
                continue;
            }
            double score = score(s, i);
            if (score > bestScore) {
                bestScore = score;
                best = s;
            }
        }
        String title = best == null ? "" : tidy(best);
        if (title.length() < MIN_LENGTH) {
            title = fallback(questionBody);
        }
        if (title.length() < MIN_LENGTH) {
            title = (title + " (question)").strip();
        }
        return title;
    }

    private static double score(String s, int position) {
        String core = stripLeadIn(s);
        boolean indirect = LEAD_IN.matcher(withoutOpening(s)).find();
        int content = ContentTokens.of(s).size();
        boolean generic = GENERIC_QUESTION.matcher(core).matches();
        boolean question = !generic && content >= 2
                && (s.endsWith("?") || INVERTED.matcher(core).find() || indirect);
        double score;
        if (question) {
            score = s.endsWith("?") ? 3 : 2.5; // asks, with or without the question mark
        } else {
            score = PROBLEM.matcher(s).find() ? 1.5 : 0; // otherwise the sentence stating the trouble
        }
        if (PLEASANTRY.matcher(s).find()) {
            score -= 2;
        }
        score += Math.min(1, 0.5 * TECHNICAL.matcher(s).results().count());
        if (content < 2) {
            score -= 4;
        } else if (content == 2) {
            score -= 2; // "Maybe a PASSIVE_LEVEL problem?": only if nothing says more
        }
        if (s.length() > 200) {
            score -= 0.75;
        } else if (s.length() < 25) {
            score -= 1;
        } else if (s.length() <= MAX_LENGTH) {
            score += 0.5; // fits as a title without cutting
        }
        return score - Math.min(1, 0.05 * position); // earlier sentences state the matter, mildly preferred
    }

    /** Sentences, with hard-wrapped lines re-joined and editor notes ("[Code removed]") dropped. */
    static List<String> sentences(String body) {
        List<String> lines = new ArrayList<>();
        boolean blankBefore = false;
        for (String raw : body.replace('\u00A0', ' ').split("\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                blankBefore = true;
                continue;
            }
            if (line.startsWith(">") || (line.startsWith("[") && line.endsWith("]"))) {
                blankBefore = true;
                continue;
            }
            if (!lines.isEmpty()) {
                String previous = lines.get(lines.size() - 1);
                boolean open = !previous.matches(".*[.?!:;)\\]]$");
                boolean lower = Character.isLowerCase(line.charAt(0));
                boolean wrapped = previous.length() >= 50 && !looksLikeCode(previous) && !looksLikeCode(line);
                // A short line that ends the sentence ("WdfRequestComplete(Request, status) ?") after a long open one.
                boolean tail = wrapped && line.length() < 80 && line.matches(".*[?.!]$")
                        && Character.isLowerCase(previous.charAt(previous.length() - 1));
                if (open && (blankBefore ? (lower && wrapped) || tail : lower || wrapped)) {
                    lines.set(lines.size() - 1, previous + " " + line);
                    blankBefore = false;
                    continue;
                }
            }
            lines.add(line);
            blankBefore = false;
        }
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            // End of sentence: punctuation then a capital, a "?"/"!" run into the next word, or ". " after a real word.
            for (String s : line.split("(?<=[.?!][\"')\\]]?)\\s+(?=[A-Z\"'(“‘])|(?<=[?!])(?=[A-Za-z])"
                    + "|(?<=\\p{L}{3}[.?!])\\s+(?=\\p{Ll})|(?<=\\?)\\s+(?=\\p{Ll})|(?<=\\p{Ll}{2}[.?!])(?=\\p{Lu}\\p{Ll})")) {
                String t = s.strip();
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    static boolean looksLikeCode(String s) {
        if (CODE_MARK.matcher(s).find() || STATEMENT_END.matcher(s).find() || CALL_LINE.matcher(s).matches()
                || s.startsWith("kd>") || HEX_WORD.matcher(s).results().limit(2).count() == 2) {
            return true;
        }
        if (CALL.matcher(s).find() && PLAIN_WORD.matcher(s).results().limit(4).count() < 4) {
            return true; // "sizeof(WDF_USB_INTERFACE_SETTING_PAIR) * numInterfaces": calls and hardly any prose
        }
        long letters = s.chars().filter(c -> Character.isLetter(c) || c == ' ').count();
        return letters < 0.75 * s.length();
    }

    private static String withoutOpening(String s) {
        String t = GREETING.matcher(s.strip()).replaceFirst("");
        for (int k = 0; k < 3; k++) {
            String next = CONNECTOR.matcher(t).replaceFirst("");
            if (next.equals(t)) {
                break;
            }
            t = next;
        }
        return t;
    }

    /** Without greeting, connectors and question lead-ins; kept when what follows is a request ("... if you can ..."). */
    private static String stripLeadIn(String s) {
        String opened = withoutOpening(s);
        String stripped = LEAD_IN.matcher(opened).replaceFirst("");
        return stripped.regionMatches(true, 0, "you ", 0, 4) ? opened : stripped;
    }

    /** Greeting and lead-ins dropped, "if it is possible ..." turned back into a question, capitalised, cut to length. */
    static String tidy(String sentence) {
        String original = sentence.replace('\u00A0', ' ').strip();
        String s = LEADING_JUNK.matcher(stripLeadIn(original)).replaceFirst("").replaceAll("\\s+", " ");
        String lower = s.toLowerCase(Locale.ROOT);
        if (original.endsWith("?") || LEAD_IN.matcher(withoutOpening(original)).find()) {
            // "I would like to know if it is possible that ..." -> "Is it possible that ..."
            if (lower.startsWith("it is ")) {
                s = "is it " + s.substring(6);
            } else if (lower.startsWith("there is ")) {
                s = "is there " + s.substring(9);
            } else if (lower.startsWith("there are ")) {
                s = "are there " + s.substring(10);
            }
        }
        s = s.replaceAll("(?i)[\\s,;:.]+(please|pls|thanks?)?[\\s,;:.!]*$", "");
        if (s.length() > MAX_LENGTH) {
            int cut = s.lastIndexOf(' ', MAX_LENGTH - 1);
            s = s.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH - 1).replaceAll("[\\s,;:(]+$", "") + "…";
        }
        if (!s.isEmpty()) {
            s = s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
        }
        return s;
    }

    private static String fallback(String body) {
        for (String line : body.replace('\u00A0', ' ').split("\n")) {
            String t = tidy(line);
            if (t.length() >= MIN_LENGTH && !looksLikeCode(line) && !PLEASANTRY.matcher(line).find()) {
                return t;
            }
        }
        return tidy(body);
    }
}
