package org.parley.importer.blogthread;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a comment is doing, judged from its wording: asking, thanking, confirming a fix, changing the
 * subject, or explaining to somebody else. Quoted lines ("&gt; ...") are ignored, since they carry the
 * other person's words.
 */
final class SpeechCues {

    /** A real question mark ends a word; "\\?USB#..." device paths and "??" in code do not count. */
    /** A real question mark ends a word; "\\\\?\\USB#..." device paths and "a?b" in code do not count. */
    private static final Pattern QUESTION_MARK = Pattern.compile("(?<![\\\\?])\\?+(?=\\s|$|[)\"'’.!,:;])");
    private static final Pattern REQUEST = Pattern.compile(
            "\\b(please\\s+help|help\\s+me|any\\s+(ideas?|suggestions?|help|hints?|pointers?|thoughts|advice)"
                    + "|suggestions\\?|appreciated?|would\\s+be\\s+grateful|advi[cs]e|let\\s+me\\s+know|guide\\s+me"
                    + "|i\\s+(want|wanted|would\\s+like|'d\\s+like)\\s+to\\s+know|i\\s+(just\\s+)?wonder|wondering|kindly"
                    + "|give\\s+me\\s+(some\\s+|a\\s+|any\\s+)?(direction|idea|pointer|hint|advice|suggestion)s?"
                    + "|thanks?\\s+(you\\s+)?in\\s+advance|thanx\\s+in\\s+advance|point\\s+me|looking\\s+forward"
                    + "|need\\s+(your\\s+)?help|(can|could|would)\\s+(you|u)\\s+(please\\s+|pls\\s+|kindly\\s+)?"
                    + "(tell|help|give|suggest|explain|guide|advise|point|clarify|teach|let)"
                    + "|please\\s+(tell|suggest|explain|clarify|guide|give))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern GRATITUDE = Pattern.compile(
            "\\b(thanks|thank\\s+you|thx|thks|thanx|tks|many\\s+thanks|appreciate\\s+(it|your|the)"
                    + "|grateful|glad\\s+(i|to|it)|great\\s+to\\s+hear|god\\s+save)\\b",
            Pattern.CASE_INSENSITIVE);
    /** The asker reports that the suggestion solved the problem. */
    private static final Pattern ACCEPTANCE = Pattern.compile(
            "\\b((did|does|done|do)\\s+the\\s+trick|it\\s+(now\\s+)?works|it\\s+worked|(that|this)\\s+(worked|works)"
                    + "|works\\s+(well|fine|great|perfectly|now)|(fixed|solved|resolved|cured)\\s+(it|the\\s+problem"
                    + "|my\\s+problem|the\\s+issue)|(problem|issue)\\s+(is|was|has\\s+been)\\s+(solved|resolved|fixed|gone)"
                    + "|answer(s|ed)?\\s+my\\s+question|got\\s+it\\s+working|now\\s+i\\s+am\\s+able|thanks\\s+to\\s+you"
                    + "|worked\\s+like\\s+a\\s+charm|that\\s+was\\s+it"
                    + "|just\\s+what\\s+i\\s+need(ed)?|problem\\s+has\\s+finished)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATED = Pattern.compile(
            "\\b(not|n't|never|still)\\s+(\\w+\\s+)?(work|works|worked|fixed|solved)", Pattern.CASE_INSENSITIVE);
    /** The author says outright that this is a separate matter. */
    private static final Pattern NEW_TOPIC = Pattern.compile(
            "\\b((another|different|new|separate|unrelated|one\\s+more|other)\\s+(question|doubt|topic)s?"
                    + "|in\\s+another\\s+(driver|project)|off[\\s-]topic|on\\s+a\\s+different\\s+(note|subject))\\b",
            Pattern.CASE_INSENSITIVE);
    /** The writer reports trouble of their own, a question even without a question mark. */
    private static final Pattern TROUBLE = Pattern.compile(
            "\\b(i|we)\\s+(can't|can’t|cannot|can\\s+not|couldn't|couldn’t|could\\s+not|am\\s+unable|am\\s+not\\s+able"
                    + "|was\\s+unable|don't\\s+understand|don’t\\s+understand|do\\s+not\\s+understand|dont\\s+understand"
                    + "|have\\s+a\\s+problem|have\\s+trouble|am\\s+stuck)\\b"
                    + "|\\b(doesn't|doesn’t|does\\s+not|didn't|didn’t|did\\s+not|won't|won’t|will\\s+not)\\s+(work|return|load|unload|start|complete)"
                    + "|\\b(bug\\s?check|blue\\s?screen|bsod|crash(es|ed)?|hangs?|hung|fails?|failed|error)\\b"
                    + "|\\b(problem|issue)\\s+(still\\s+)?(persists|remains)\\b|\\bstill\\s+(not|doesn't|doesn’t|does\\s+not|fails|crash|hang)",
            Pattern.CASE_INSENSITIVE);
    /** Sign-off lines ("Thanks and Regards", "Thanks in advance") are not thanks for an answer. */
    private static final Pattern SIGN_OFF = Pattern.compile(
            "^(thanks|thank\\s+you|thanx|thx|thks|regards|best\\s+regards|kind\\s+regards|thanks\\s*(and|&|nd|ad)\\s*regards"
                    + "|with\\s+(warm\\s+)?regards|best\\s+wishes|cheers|rgds(\\s+and\\s+thks)?|thanks\\s+in\\s+advance"
                    + "|thanks\\s+a\\s+lot|thanks\\s+again|sincerely)[\\s,.!:;~-]*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(i|i'm|i’m|im|i've|i’ve|i'd|my|me|mine|we|our|us)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Singular only: "we will fix that" is how a vendor's engineer answers, "I am writing" how an asker asks. */
    private static final Pattern FIRST_PERSON_SINGULAR = Pattern.compile("\\b(i|i'm|i’m|im|i've|i’ve|i'd|my|me|mine)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SECOND_PERSON = Pattern.compile("\\b(you|your|you're|you’re|you'd|you’d|yours)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "Can you tell me", "thank you": the asker speaking to the expert, not an answerer speaking to the asker. */
    private static final Pattern POLITE_YOU = Pattern.compile(
            "\\b(can|could|would|will|do|did|have|if)\\s+you\\b|\\bthank\\s+you\\b|\\byou\\s+(know|have\\s+any|mentioned|said|say|suggested|wrote)\\b",
            Pattern.CASE_INSENSITIVE);

    private SpeechCues() {
    }

    /** Asks for something: a question mark or a request for help. */
    static boolean asks(String text) {
        String own = ownWords(text);
        return QUESTION_MARK.matcher(own).find() || REQUEST.matcher(own).find();
    }

    /** Thanks someone; a closing "Thanks and Regards" above a signature does not count when there is more text. */
    static boolean thanks(String text) {
        return GRATITUDE.matcher(withoutSignOff(ownWords(text))).find();
    }

    static boolean reportsTrouble(String text) {
        return TROUBLE.matcher(ownWords(text)).find();
    }

    /** Tells a narrative of the writer's own work ("I am writing a KMDF driver for my device"). */
    static boolean narratesOwnWork(String text) {
        String own = ownWords(text);
        int me = count(FIRST_PERSON_SINGULAR, own);
        return me >= 2 && me > count(SECOND_PERSON, own) - count(POLITE_YOU, own);
    }

    /** The text without a trailing sign-off block (closing phrase and the name lines under it). */
    static String withoutSignOff(String text) {
        String[] lines = text.strip().split("\n");
        int end = lines.length;
        for (int i = lines.length - 1; i >= Math.max(1, lines.length - 4); i--) {
            if (SIGN_OFF.matcher(lines[i].strip()).matches()) {
                end = i;
                break;
            }
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < end; i++) {
            b.append(lines[i]).append('\n');
        }
        return b.toString().isBlank() ? text : b.toString();
    }

    /** Reports that the advice worked ("that call seems to have done the trick", "It works"). */
    static boolean confirmsFix(String text) {
        String own = ownWords(text);
        Matcher m = ACCEPTANCE.matcher(own);
        while (m.find()) {
            int from = Math.max(0, m.start() - 12);
            if (!NEGATED.matcher(own.substring(from, Math.min(own.length(), m.end() + 1))).find()) {
                return true;
            }
        }
        return false;
    }

    /** From the asker: a short note of thanks or success that asks nothing new and reports no new trouble. */
    static boolean acknowledges(String text) {
        return (thanks(text) || confirmsFix(text)) && !asks(text) && !reportsTrouble(text) && words(text) <= 90;
    }

    /** From someone replying: a brief "glad it works" / "thanks for the explanation" without substance. */
    static boolean briefThanks(String text) {
        return thanks(text) && !asks(text) && words(text) <= 30;
    }

    /** Starts by reacting to what was just said ("Thanks for your reply", "It works."). */
    static boolean reacts(String text) {
        String own = ownWords(text).strip();
        String opening = own.length() > 160 ? own.substring(0, 160) : own;
        return GRATITUDE.matcher(opening).find() || confirmsFix(text);
    }

    static boolean changesTopic(String text) {
        return NEW_TOPIC.matcher(ownWords(text)).find();
    }

    /**
     * Talks about the reader's situation ("you need to", "your driver") rather than the writer's own:
     * how answers read, as opposed to questions ("my driver", "I get").
     */
    static boolean explainsToOthers(String text) {
        String own = ownWords(text);
        int you = count(SECOND_PERSON, own) - count(POLITE_YOU, own);
        int me = count(FIRST_PERSON, own);
        return you >= 2 && you > 2 * me;
    }

    static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /** The text without quoted lines (and with no-break spaces made plain, so patterns see the words). */
    static String ownWords(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (String line : text.replace('\u00A0', ' ').split("\n")) {
            if (!line.stripLeading().startsWith(">")) {
                b.append(line).append('\n');
            }
        }
        return b.toString();
    }

    private static int count(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
