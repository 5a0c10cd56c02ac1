package org.parley.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * The vocabulary and phrasing of generated technical Q&amp;A: topics (Windows drivers, Java, Linux
 * kernel, Python, databases, Win32 networking, C++ builds), each with its tags, identifiers in the
 * forms people paste (camelCase, snake_case, qualified {@code pkg.Class.method}, {@code Class::Method}),
 * error codes in hex and symbolic form, modules for pasted stack frames, and the things it talks about.
 * Everything is drawn through {@link Zipf} ranks, so a few identifiers and tags dominate as on a real site.
 * Text is returned as the HTML a Stack Exchange dump holds in {@code Body}.
 */
final class TechText {

    enum Lang { C, JAVA, PYTHON, SQL }

    enum Frames { WINDBG, JAVA, LINUX, PYTHON }

    /** An error as people quote it: a number ({@code 0xC000000D}) and its symbolic name. */
    record ErrorCode(String code, String symbol) {

        String either(RandomGenerator r) {
            return switch (r.nextInt(4)) {
                case 0 -> code;
                case 1 -> symbol;
                case 2 -> symbol + " (" + code + ")";
                default -> code + " (" + symbol + ")";
            };
        }
    }

    /** One subject area. */
    static final class Topic {
        final String name;
        final double weight;
        final List<String> tags;
        final Zipf tagRanks;
        final List<String> identifiers;
        final Zipf identifierRanks;
        final List<ErrorCode> errors;
        final Zipf errorRanks;
        final List<String> modules;
        final List<String> things;
        final List<String> platforms;
        final List<String> contexts;
        final Lang lang;
        final Frames frames;

        Topic(String name, double weight, List<String> tags, List<String> identifiers, List<ErrorCode> errors,
              List<String> modules, List<String> things, List<String> platforms, List<String> contexts, Lang lang,
              Frames frames) {
            this.name = name;
            this.weight = weight;
            this.tags = tags;
            this.tagRanks = new Zipf(tags.size(), 1.1);
            this.identifiers = identifiers;
            this.identifierRanks = new Zipf(identifiers.size(), 1.05);
            this.errors = errors;
            this.errorRanks = new Zipf(errors.size(), 1.0);
            this.modules = modules;
            this.things = things;
            this.platforms = platforms;
            this.contexts = contexts;
            this.lang = lang;
            this.frames = frames;
        }

        String identifier(RandomGenerator r) {
            return identifierRanks.pick(identifiers, r);
        }

        ErrorCode error(RandomGenerator r) {
            return errorRanks.pick(errors, r);
        }

        String tag(RandomGenerator r) {
            return tagRanks.pick(tags, r);
        }

        String thing(RandomGenerator r) {
            return things.get(r.nextInt(things.size()));
        }

        String platform(RandomGenerator r) {
            return platforms.get(r.nextInt(platforms.size()));
        }

        String context(RandomGenerator r) {
            return contexts.get(r.nextInt(contexts.size()));
        }
    }

    /**
     * What a question is about; its answers and comments talk about the same. A duplicate cluster shares one
     * focus (so its identifier or error code), and each paraphrase words it differently.
     */
    record Focus(Topic topic, String identifier, String other, ErrorCode error, String thing, int symptom,
                 String situation, boolean aboutError) {
    }

    /** Ways to say the same symptom; paraphrases pick another member of the group. */
    static final List<List<String>> SYMPTOMS = List.of(
            List.of("hangs", "never completes", "freezes", "blocks forever", "gets stuck"),
            List.of("crashes", "takes the whole machine down", "dies", "aborts"),
            List.of("fails", "returns an error", "errors out", "stops working"),
            List.of("leaks memory", "keeps growing", "never frees its memory"),
            List.of("is very slow", "takes several seconds", "gets slower over time"),
            List.of("is called twice", "runs twice", "fires more than once"),
            List.of("is never called", "does not fire", "never runs"),
            List.of("times out", "hits the timeout", "expires before it finishes"));
    static final List<String> SYMPTOM_NOUNS = List.of("hang", "crash", "failure", "leak", "slowdown", "double call",
            "missing callback", "timeout");

    static final List<String> SITUATIONS = List.of("the device is surprise removed",
            "the system resumes from sleep", "two threads call it at once", "the buffer is larger than a page",
            "the service restarts", "I run it under load", "the request is cancelled",
            "the connection is closed by the peer", "the module is unloaded", "the transaction is rolled back",
            "I upgrade to the new version", "the first call has succeeded", "the machine has more than 64 cores",
            "the input is empty", "the timeout is shorter than a second", "it runs inside a container");
    static final List<String> ACTIONS = List.of("cancel a pending request", "share one handle between threads",
            "read the configuration at start", "pool connections", "retry a failed call", "free the buffer safely",
            "unload cleanly", "stream a large result", "handle a timeout", "log the error code",
            "wait for completion", "pass a buffer to the lower layer", "upgrade without downtime");
    private static final List<String> STATES = List.of("completed", "freed", "closed", "cancelled", "released",
            "disposed", "reset");
    static final List<String> FILLER = List.of("call", "buffer", "value", "thread", "lock", "flag", "return",
            "pointer", "handle", "loop", "list", "test", "build", "version", "log", "trace", "state", "update",
            "option", "result", "object", "field", "method", "error", "check", "case", "path", "file", "memory",
            "size", "length", "count", "event", "message", "timer", "callback", "context", "stack", "heap", "cache",
            "index", "key", "record", "entry", "sample", "example", "documentation", "release", "debug", "output",
            "input", "setting", "default", "limit", "retry", "cleanup", "reference", "owner", "parent", "child",
            "worker", "task", "job", "batch", "request", "response", "packet", "frame", "queue", "pool", "timeout",
            "signal", "interrupt", "priority", "schedule", "sequence", "order", "offset", "alignment", "page");
    private static final Zipf FILLER_RANKS = new Zipf(FILLER.size(), 1.0);
    private static final List<String> VERBS = List.of("holds", "releases", "returns", "checks", "updates", "waits for",
            "logs", "frees", "reads", "writes", "copies", "resets", "owns", "references", "skips", "retries",
            "locks", "clears", "overwrites", "queues");
    private static final List<String> VARIABLES = List.of("request", "device", "queue", "status", "buffer", "length",
            "ctx", "conn", "pool", "result", "rows", "items", "handle", "options", "target", "timeout", "entry", "lock",
            "config", "session");
    private static final List<String> FIRST = List.of("Tal", "Doron", "Rich", "Gaurav", "Maria", "Chen", "Olga",
            "Ahmed", "Priya", "Lukas", "Sofia", "Kenji", "Fatima", "Pierre", "Ivan", "Ana", "Mehmet", "Lena", "Raj",
            "Sara", "Tom", "Yuki", "Carlos", "Nina", "Omar", "Eva", "Jan", "Mei", "Paulo", "Ingrid");
    private static final List<String> LAST = List.of("Zur", "Cohen", "Verma", "Garcia", "Li", "Petrova", "Hassan",
            "Sharma", "Weber", "Rossi", "Tanaka", "Khan", "Dubois", "Ivanov", "Silva", "Yilmaz", "Nowak", "Kumar",
            "Berg", "Smith", "Sato", "Lopez", "Novak", "Ali", "Jensen", "Wang", "Costa", "Larsen", "Mori", "Fischer");

    static final List<Topic> TOPICS = List.of(windowsDrivers(), java(), linuxKernel(), python(), databases(), win32(),
            cppBuild());
    private static final double TOTAL_WEIGHT = TOPICS.stream().mapToDouble(t -> t.weight).sum();

    private TechText() {
    }

    static Topic topic(RandomGenerator r) {
        double u = r.nextDouble() * TOTAL_WEIGHT;
        for (Topic t : TOPICS) {
            u -= t.weight;
            if (u < 0) {
                return t;
            }
        }
        return TOPICS.getLast();
    }

    static Focus focus(RandomGenerator r) {
        Topic t = topic(r);
        String identifier = t.identifier(r);
        String other = t.identifier(r);
        if (other.equals(identifier)) {
            other = t.identifiers.get(r.nextInt(t.identifiers.size()));
        }
        return new Focus(t, identifier, other, t.error(r), t.thing(r), r.nextInt(SYMPTOMS.size()),
                pick(SITUATIONS, r), r.nextDouble() < 0.45);
    }

    /** A display name: "Tal Zur", "tal.zur", "tzur", "user1234567" and the like. */
    static String displayName(RandomGenerator r) {
        String first = pick(FIRST, r);
        String last = pick(LAST, r);
        return switch (r.nextInt(6)) {
            case 0, 1 -> first + " " + last;
            case 2 -> (first + "." + last).toLowerCase(Locale.ROOT);
            case 3 -> (first.charAt(0) + last).toLowerCase(Locale.ROOT);
            case 4 -> "user" + (100_000 + r.nextInt(9_000_000));
            default -> first + last.charAt(0) + (r.nextInt(100));
        };
    }

    // ---- titles ----------------------------------------------------------------------------------------------

    static final int TITLE_FORMS = 8;

    /** Title number {@code form} (0..{@link #TITLE_FORMS}-1) for a focus, 10 to 200 characters. */
    static String title(Focus f, int form, int symptomVariant, RandomGenerator r) {
        String symptom = symptom(f, symptomVariant);
        String err = f.error().either(r);
        String tag = f.topic().tags.getFirst();
        String title = switch (form) {
            case 0 -> f.aboutError() ? f.identifier() + " returns " + err + " when " + f.situation()
                    : f.identifier() + " " + symptom + " when " + f.situation();
            case 1 -> f.aboutError() ? "Why does " + f.identifier() + " fail with " + err + "?"
                    : "Why does " + f.identifier() + " " + base(symptom) + "?";
            case 2 -> "How do I " + pick(ACTIONS, r) + " with " + f.identifier() + " without a " + symptomNoun(f) + "?";
            case 3 -> f.aboutError() ? err + " after " + f.situation().replaceFirst("^the ", "") + " (" + tag + ")"
                    : capitalized(f.thing()) + " " + symptom + " after calling " + f.identifier();
            case 4 -> "Is it safe to call " + f.identifier() + " " + f.topic().context(r) + "?";
            case 5 -> f.aboutError() ? "Getting " + err + " from " + f.identifier() + " on " + f.topic().platform(r)
                    : f.identifier() + " " + symptom + " on " + f.topic().platform(r);
            case 6 -> tag + ": " + f.thing() + " " + symptom + " when " + f.situation();
            default -> f.aboutError() ? capitalized(f.thing()) + " gives " + err + " only when " + f.situation()
                    : capitalized(f.thing()) + " " + symptom + " only when " + f.situation();
        };
        if (title.length() > 200) {
            title = title.substring(0, 197) + "...";
        }
        return title.length() >= 10 ? title : title + " in " + tag + " code";
    }

    static String symptom(Focus f, int variant) {
        List<String> group = SYMPTOMS.get(f.symptom());
        return group.get(Math.floorMod(variant, group.size()));
    }

    static String symptomNoun(Focus f) {
        return SYMPTOM_NOUNS.get(f.symptom());
    }

    /** "hangs" → "hang", "is very slow" → "be very slow": the form after "does". */
    private static String base(String symptom) {
        if (symptom.startsWith("is ")) {
            return "be " + symptom.substring(3);
        }
        if (symptom.startsWith("does not ")) {
            return "not " + symptom.substring(9);
        }
        int space = symptom.indexOf(' ');
        String verb = space < 0 ? symptom : symptom.substring(0, space);
        String rest = space < 0 ? "" : symptom.substring(space);
        if (verb.endsWith("ies")) {
            verb = verb.substring(0, verb.length() - 3) + "y";
        } else if (verb.endsWith("shes") || verb.endsWith("ches") || verb.endsWith("xes") || verb.endsWith("sses")) {
            verb = verb.substring(0, verb.length() - 2);
        } else if (verb.endsWith("s") && !verb.endsWith("ss")) {
            verb = verb.substring(0, verb.length() - 1);
        }
        return verb + rest;
    }

    // ---- bodies ----------------------------------------------------------------------------------------------

    /** What a body holds besides prose. */
    record Shape(int sentences, int codeLines, int frames) {
    }

    static String questionBody(Focus f, Shape shape, int symptomVariant, RandomGenerator r) {
        StringBuilder b = new StringBuilder();
        List<String> sentences = new ArrayList<>();
        sentences.add(opening(f, symptomVariant, r));
        int[] used = {0};
        for (int i = 1; i < shape.sentences(); i++) {
            sentences.add(questionSentence(f, symptomVariant, used, r));
        }
        int split = Math.max(1, Math.min(sentences.size(), 1 + r.nextInt(3)));
        paragraphs(b, sentences.subList(0, split), r);
        if (shape.codeLines() > 0) {
            code(b, f, shape.codeLines(), r);
        }
        if (split < sentences.size()) {
            paragraphs(b, sentences.subList(split, sentences.size()), r);
        }
        if (shape.frames() > 0) {
            b.append("<p>The stack at the time:</p>\n");
            stack(b, f, shape.frames(), r);
        }
        return b.toString();
    }

    static String answerBody(Focus f, Shape shape, RandomGenerator r) {
        StringBuilder b = new StringBuilder();
        List<String> sentences = new ArrayList<>();
        int[] used = {0};
        for (int i = 0; i < shape.sentences(); i++) {
            sentences.add(answerSentence(f, used, r));
        }
        int split = Math.max(1, Math.min(sentences.size(), 1 + r.nextInt(3)));
        paragraphs(b, sentences.subList(0, split), r);
        if (shape.codeLines() > 0) {
            code(b, f, shape.codeLines(), r);
        }
        if (split < sentences.size()) {
            paragraphs(b, sentences.subList(split, sentences.size()), r);
        }
        if (shape.frames() > 0) {
            stack(b, f, shape.frames(), r);
        }
        return b.toString();
    }

    /** A comment: plain text, one to three sentences. */
    static String comment(Focus f, RandomGenerator r) {
        int n = 1 + (r.nextDouble() < 0.4 ? 1 + r.nextInt(2) : 0);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(switch (r.nextInt(9)) {
                case 0 -> "Which " + f.topic().platform(r).split(" ")[0] + " version are you on?";
                case 1 -> "Did you try " + f.other() + " first?";
                case 2 -> "Thanks, that fixed it.";
                case 3 -> "Same here with " + f.error().either(r) + ".";
                case 4 -> "Can you post the output of " + f.identifier() + "?";
                case 5 -> "This still " + symptom(f, r.nextInt(5)) + " for me on " + f.topic().platform(r) + ".";
                case 6 -> "+1, " + f.identifier() + " " + symptom(f, r.nextInt(5)) + " here too.";
                case 7 -> "Is the " + f.thing() + " already " + pick(STATES, r) + " at that point?";
                default -> filler(r);
            });
        }
        return b.toString();
    }

    private static String opening(Focus f, int symptomVariant, RandomGenerator r) {
        String ident = code(f.identifier(), r);
        return f.aboutError()
                ? "I am calling " + ident + " from my " + f.thing() + " and it returns " + f.error().either(r)
                + " when " + f.situation() + "."
                : "My " + f.thing() + " " + symptom(f, symptomVariant) + " after " + ident + " when " + f.situation() + ".";
    }

    /** A template not used yet in this body ({@code used} is a bit set), else a plain sentence. */
    private static int template(int count, int[] used, RandomGenerator r) {
        int k = r.nextInt(count);
        if (k < 31 && (used[0] & (1 << k)) != 0) {
            return Integer.MAX_VALUE;
        }
        used[0] |= 1 << Math.min(k, 30);
        return k;
    }

    private static String questionSentence(Focus f, int symptomVariant, int[] used, RandomGenerator r) {
        Topic t = f.topic();
        return switch (template(10, used, r)) {
            case 0 -> "This only happens on " + t.platform(r) + "; on " + t.platform(r) + " the same " + f.thing()
                    + " works.";
            case 1 -> code(f.identifier(), r) + " is called " + t.context(r) + ", which I think is allowed.";
            case 2 -> "I checked the " + t.thing(r) + " with " + code(f.other(), r) + " and it looks fine.";
            case 3 -> "Before that I see " + f.error().either(r) + " in the log.";
            case 4 -> "Has anyone seen " + code(f.identifier(), r) + " " + symptom(f, symptomVariant) + " like this?";
            case 5 -> "I tried to " + pick(ACTIONS, r) + " but the " + f.thing() + " still "
                    + symptom(f, symptomVariant + 1) + ".";
            case 6 -> "The " + t.thing(r) + " is " + pick(STATES, r) + " before " + code(t.identifier(r), r) + " returns.";
            default -> filler(r);
        };
    }

    private static String answerSentence(Focus f, int[] used, RandomGenerator r) {
        Topic t = f.topic();
        return switch (template(11, used, r)) {
            case 0 -> code(f.identifier(), r) + " must not be called " + t.context(r) + "; move the call to "
                    + code(f.other(), r) + ".";
            case 1 -> f.error().either(r) + " means the " + f.thing() + " is not ready yet: wait for "
                    + code(f.other(), r) + " before you call " + code(f.identifier(), r) + ".";
            case 2 -> "You are missing a call to " + code(f.other(), r) + " before " + code(f.identifier(), r) + ".";
            case 3 -> "Check the " + t.thing(r) + " in " + code(f.other(), r) + "; if it returns " + t.error(r).either(r)
                    + ", the " + f.thing() + " was already " + pick(STATES, r) + ".";
            case 4 -> "On " + t.platform(r) + " this changed: the " + f.thing() + " " + symptom(f, r.nextInt(5))
                    + " unless you set " + code(t.identifier(r), r) + ".";
            case 5 -> "I had the same " + symptomNoun(f) + " and fixed it by calling " + code(f.other(), r) + " first.";
            case 6 -> "The documentation of " + code(f.identifier(), r) + " says it runs " + t.context(r) + ".";
            default -> filler(r);
        };
    }

    /** A plain technical sentence: subject, verb, object and sometimes a clause, words drawn by Zipf rank. */
    private static String filler(RandomGenerator r) {
        StringBuilder b = new StringBuilder("The ").append(FILLER_RANKS.pick(FILLER, r));
        if (r.nextInt(3) == 0) {
            b.append(' ').append(FILLER_RANKS.pick(FILLER, r));
        }
        b.append(' ').append(pick(VERBS, r)).append(" the ").append(FILLER_RANKS.pick(FILLER, r));
        switch (r.nextInt(5)) {
            case 0 -> b.append(" before the ").append(FILLER_RANKS.pick(FILLER, r)).append(" returns");
            case 1 -> b.append(" after the first ").append(FILLER_RANKS.pick(FILLER, r));
            case 2 -> b.append(" when the ").append(FILLER_RANKS.pick(FILLER, r)).append(" is ").append(pick(STATES, r));
            case 3 -> b.append(" on every ").append(FILLER_RANKS.pick(FILLER, r));
            default -> { }
        }
        return b.append('.').toString();
    }

    private static void paragraphs(StringBuilder b, List<String> sentences, RandomGenerator r) {
        int i = 0;
        while (i < sentences.size()) {
            int n = Math.min(sentences.size() - i, 2 + r.nextInt(3));
            b.append("<p>").append(String.join(" ", sentences.subList(i, i + n))).append("</p>\n");
            i += n;
        }
    }

    /** An identifier in prose, sometimes marked as code as people do. */
    private static String code(String identifier, RandomGenerator r) {
        return r.nextBoolean() ? "<code>" + html(identifier) + "</code>" : html(identifier);
    }

    private static void code(StringBuilder b, Focus f, int lines, RandomGenerator r) {
        b.append("<pre><code>");
        Topic t = f.topic();
        for (int i = 0; i < lines; i++) {
            String ident = i == 0 || r.nextInt(4) == 0 ? f.identifier() : t.identifier(r);
            String v = pick(VARIABLES, r);
            String w = pick(VARIABLES, r);
            String line = switch (t.lang) {
                case C -> switch (r.nextInt(6)) {
                    case 0 -> "status = " + ident + "(" + v + ", " + w + ", &options);";
                    case 1 -> "if (!NT_SUCCESS(status)) {\n    goto cleanup_" + v + ";\n}";
                    case 2 -> "ret = " + ident + "(" + v + ", sizeof(*" + w + "));";
                    case 3 -> "if (ret < 0)\n    return ret; /* " + f.error().code() + " */";
                    case 4 -> "// " + f.thing() + " " + pick(STATES, r) + " here";
                    default -> ident + "(" + v + ");";
                };
                case JAVA -> switch (r.nextInt(5)) {
                    case 0 -> "var " + v + " = " + ident + "(" + w + ");";
                    case 1 -> "try (var " + v + " = " + ident + "()) {\n    " + w + ".close();\n}";
                    case 2 -> v + "." + ident.substring(ident.lastIndexOf('.') + 1) + "(" + w + ");";
                    case 3 -> "// throws " + f.error().symbol();
                    default -> "if (" + v + " == null) throw new IllegalStateException(\"" + f.thing() + "\");";
                };
                case PYTHON -> switch (r.nextInt(5)) {
                    case 0 -> v + " = " + ident + "(" + w + ")";
                    case 1 -> "for " + v + " in " + ident + "(" + w + "):\n    print(" + v + ")";
                    case 2 -> "await " + ident + "(" + v + ", timeout=" + (1 + r.nextInt(30)) + ")";
                    case 3 -> "# raises " + f.error().symbol();
                    default -> "if not " + v + ":\n    return None";
                };
                case SQL -> switch (r.nextInt(5)) {
                    case 0 -> "SELECT " + v + ", COUNT(*) FROM " + w + "s WHERE " + ident + " = $1 GROUP BY " + v + ";";
                    case 1 -> "BEGIN;";
                    case 2 -> "UPDATE " + v + "s SET " + w + " = " + w + " + 1 WHERE id = " + r.nextInt(10_000) + ";";
                    case 3 -> "-- fails with " + f.error().code() + " " + f.error().symbol();
                    default -> "COMMIT;";
                };
            };
            b.append(html(line)).append('\n');
        }
        b.append("</code></pre>\n");
    }

    private static void stack(StringBuilder b, Focus f, int frames, RandomGenerator r) {
        Topic t = f.topic();
        b.append("<pre><code>");
        switch (t.frames) {
            case WINDBG -> b.append("# Child-SP          RetAddr           Call Site\n");
            case JAVA -> b.append(html("java.lang.IllegalStateException: " + f.error().symbol())).append('\n');
            case PYTHON -> b.append("Traceback (most recent call last):\n");
            case LINUX -> b.append("Call Trace:\n");
        }
        for (int i = 0; i < frames; i++) {
            String ident = i == frames / 2 ? f.identifier() : t.identifier(r);
            String module = t.modules.get(Math.min(t.modules.size() - 1, i == 0 ? 0 : r.nextInt(t.modules.size())));
            String offset = Integer.toHexString(8 + r.nextInt(0x7f8));
            String line = switch (t.frames) {
                case WINDBG -> String.format(Locale.ROOT, "%02x ffff%04x`%08x fffff80%d`%08x %s!%s+0x%s", i,
                        r.nextInt(0x10000), r.nextInt() & 0x7fffffff, r.nextInt(8), r.nextInt() & 0x7fffffff, module,
                        ident.replace('.', '_'), offset);
                case JAVA -> {
                    String qualified = ident.contains(".") ? ident : module + "." + capitalized(ident) + ".invoke";
                    String file = qualified.split("\\.")[Math.max(0, qualified.split("\\.").length - 2)];
                    yield "\tat " + qualified + "(" + file + ".java:" + (20 + r.nextInt(900)) + ")";
                }
                case LINUX -> " " + ident + "+0x" + offset + "/0x" + Integer.toHexString(0x800 + r.nextInt(0x800))
                        + " [" + module + "]";
                case PYTHON -> "  File \"/srv/app/" + module + ".py\", line " + (10 + r.nextInt(500)) + ", in "
                        + ident.substring(ident.lastIndexOf('.') + 1) + "\n    " + pick(VARIABLES, r) + " = "
                        + ident + "()";
            };
            b.append(html(line)).append('\n');
        }
        if (t.frames == Frames.PYTHON) {
            b.append(html(f.error().symbol() + ": " + f.thing() + " " + symptom(f, 0))).append('\n');
        }
        b.append("</code></pre>\n");
    }

    // ---- labelled queries --------------------------------------------------------------------------------------

    /** A search a reader with this problem might type, worded unlike any question of the cluster. */
    static Query query(Focus f, RandomGenerator r) {
        ErrorCode e = f.error();
        if (f.aboutError() && r.nextBoolean()) {
            String err = r.nextBoolean() ? e.code() : e.symbol();
            return new Query("error", err + " " + f.identifier() + " " + f.thing());
        }
        if (r.nextBoolean()) {
            return new Query("keywords", f.identifier() + " " + f.thing() + " " + symptomNoun(f) + " "
                    + f.situation().replaceFirst("^(the|I|it|two) ", "").split(" ")[0]);
        }
        return new Query("natural", "why does my " + f.thing() + " " + base(symptom(f, 4)) + " after "
                + f.identifier() + " when " + f.situation());
    }

    record Query(String style, String text) {
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    static <T> T pick(List<T> items, RandomGenerator r) {
        return items.get(r.nextInt(items.size()));
    }

    static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String html(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    // ---- topics ------------------------------------------------------------------------------------------------

    /** Curated identifiers first (the most frequent ranks), then prefix + noun + verb combinations. */
    private static List<String> identifiers(List<String> curated, List<String> prefixes, List<String> nouns,
                                            List<String> verbs, String form) {
        LinkedHashSet<String> all = new LinkedHashSet<>(curated);
        for (String noun : nouns) {
            for (String verb : verbs) {
                for (String prefix : prefixes) {
                    all.add(switch (form) {
                        case "camel" -> prefix + noun + verb;
                        case "snake" -> (prefix + noun + "_" + verb).toLowerCase(Locale.ROOT);
                        case "method" -> prefix + "." + verb.toLowerCase(Locale.ROOT) + noun;
                        default -> prefix + "." + (verb + "_" + noun).toLowerCase(Locale.ROOT);
                    });
                }
            }
        }
        return List.copyOf(all);
    }

    /** Base tags, then the same with versions and sub-areas: a long tail of rarer tags. */
    private static List<String> tags(List<String> base, List<String> suffixes) {
        LinkedHashSet<String> all = new LinkedHashSet<>(base);
        for (String suffix : suffixes) {
            for (String b : base) {
                String tag = b + "-" + suffix;
                if (tag.length() <= 35) {
                    all.add(tag);
                }
            }
        }
        return List.copyOf(all);
    }

    private static List<ErrorCode> errors(String... pairs) {
        List<ErrorCode> list = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            list.add(new ErrorCode(pairs[i], pairs[i + 1]));
        }
        return List.copyOf(list);
    }

    private static Topic windowsDrivers() {
        return new Topic("windows-drivers", 3.0,
                tags(List.of("kmdf", "windows-drivers", "usb", "wdm", "umdf", "windbg", "ndis", "pnp", "power-management",
                        "hid", "pci", "inf", "wdk", "irp", "ioctl", "dma", "interrupts", "filter-driver"),
                        List.of("2", "x64", "arm64", "10", "11", "debugging", "signing", "verifier")),
                identifiers(List.of("WdfRequestSend", "IoCallDriver", "WdfRequestComplete", "IoCompleteRequest",
                                "WdfDeviceCreate", "EvtIoDeviceControl", "KeAcquireSpinLock", "ExAllocatePoolWithTag",
                                "WdfIoTargetFormatRequestForIoctl", "WdfRequestMarkCancelableEx", "IoSetCompletionRoutine",
                                "WdfInterruptCreate", "EvtDeviceD0Exit", "WdfUsbTargetPipeReadSynchronously",
                                "KeWaitForSingleObject", "WdfObjectDelete", "IoCancelIrp", "WdfRequestRetrieveInputBuffer"),
                        List.of("Wdf", "Io", "Ke", "Ex", "EvtIo"),
                        List.of("Request", "Queue", "Device", "Interrupt", "Timer", "Memory", "IoTarget", "Dpc",
                                "WorkItem", "SpinLock", "Urb", "Pipe", "Registry", "Interface", "Irp"),
                        List.of("Create", "Send", "Complete", "Cancel", "Retrieve", "Get", "Set", "Allocate", "Free",
                                "Acquire", "Release", "Start", "Stop", "Format", "Forward"), "camel"),
                errors("0xC000000D", "STATUS_INVALID_PARAMETER", "0xC0000005", "STATUS_ACCESS_VIOLATION",
                        "0x00000103", "STATUS_PENDING", "0xC0000001", "STATUS_UNSUCCESSFUL", "0xC0000120",
                        "STATUS_CANCELLED", "0xC00000BB", "STATUS_NOT_SUPPORTED", "0xC000009A",
                        "STATUS_INSUFFICIENT_RESOURCES", "0xC0000010", "STATUS_INVALID_DEVICE_REQUEST", "0xC00000B5",
                        "STATUS_IO_TIMEOUT", "0xC000000E", "STATUS_NO_SUCH_DEVICE", "0xC0000184",
                        "STATUS_INVALID_DEVICE_STATE", "0x9F", "DRIVER_POWER_STATE_FAILURE", "0xD1",
                        "DRIVER_IRQL_NOT_LESS_OR_EQUAL", "0x7E", "SYSTEM_THREAD_EXCEPTION_NOT_HANDLED", "0x50",
                        "PAGE_FAULT_IN_NONPAGED_AREA", "0xC4", "DRIVER_VERIFIER_DETECTED_VIOLATION", "0x133",
                        "DPC_WATCHDOG_VIOLATION", "0xCE", "DRIVER_UNLOADED_WITHOUT_CANCELLING_PENDING_OPERATIONS"),
                List.of("Wdf01000", "nt", "mydriver", "usbport", "ndis", "hal", "USBXHCI", "ucx01000"),
                List.of("driver", "request", "queue", "device", "IRP", "completion routine", "I/O target",
                        "interrupt", "DPC", "spinlock", "USB pipe", "filter driver", "miniport", "power IRP"),
                List.of("Windows 10 21H2", "Windows 11 23H2", "Windows Server 2019", "Windows 7 x64",
                        "Windows 10 1809"),
                List.of("at DISPATCH_LEVEL", "at PASSIVE_LEVEL", "from an ISR", "inside a completion routine",
                        "while holding a spinlock", "from EvtDeviceD0Exit"),
                Lang.C, Frames.WINDBG);
    }

    private static Topic java() {
        return new Topic("java", 2.5,
                tags(List.of("java", "spring-boot", "jdbc", "concurrency", "jvm", "maven", "hibernate", "spring",
                        "garbage-collection", "junit", "completable-future", "threadpool"),
                        List.of("17", "21", "3", "performance", "testing", "security")),
                identifiers(List.of("java.util.concurrent.ThreadPoolExecutor", "CompletableFuture.supplyAsync",
                                "getConnection", "setAutoCommit", "org.springframework.jdbc.core.JdbcTemplate.query",
                                "ExecutorService.shutdownNow", "HikariDataSource.getConnection", "Thread.onSpinWait",
                                "ConcurrentHashMap.computeIfAbsent", "ReentrantLock.tryLock",
                                "java.lang.ref.Cleaner", "@Transactional"),
                        List.of("Executor", "DataSource", "Connection", "Session", "Future", "Repository"),
                        List.of("Pool", "Statement", "Transaction", "Lock", "Task", "Batch", "Cache", "Timeout"),
                        List.of("Get", "Set", "Close", "Submit", "Commit", "Acquire", "Release"), "method"),
                errors("0xc0000005", "EXCEPTION_ACCESS_VIOLATION", "0xb", "SIGSEGV", "40001",
                        "SQLSTATE_SERIALIZATION_FAILURE", "0x1", "OutOfMemoryError", "08006",
                        "SQLSTATE_CONNECTION_FAILURE", "0x80000003", "EXCEPTION_BREAKPOINT"),
                List.of("com.example.app", "org.springframework.jdbc", "com.zaxxer.hikari", "java.util.concurrent"),
                List.of("thread pool", "connection pool", "transaction", "bean", "executor", "future", "batch job",
                        "test", "cache", "scheduler"),
                List.of("Java 17", "Java 21", "Spring Boot 3.2", "Java 11", "OpenJDK 21 on Alpine"),
                List.of("inside a transaction", "from a virtual thread", "from a static initializer",
                        "during shutdown", "from a finalizer", "inside a synchronized block"),
                Lang.JAVA, Frames.JAVA);
    }

    private static Topic linuxKernel() {
        return new Topic("linux-kernel", 1.5,
                tags(List.of("linux-kernel", "linux-device-driver", "c", "usb", "dma", "interrupts", "kernel-module",
                        "device-tree", "gpio", "spi"),
                        List.of("5.15", "6.1", "arm", "x86")),
                identifiers(List.of("copy_from_user", "spin_lock_irqsave", "kmalloc", "usb_submit_urb",
                                "dma_map_single", "request_irq", "wait_event_interruptible", "platform_get_resource",
                                "devm_ioremap_resource", "schedule_work", "mod_timer", "of_property_read_u32"),
                        List.of("usb_", "dma_", "pci_", "netif_", "gpio_"),
                        List.of("urb", "buffer", "irq", "queue", "device", "region", "timer", "work"),
                        List.of("alloc", "free", "submit", "map", "unmap", "start", "stop", "register"), "snake"),
                errors("-22", "EINVAL", "0xffffffea", "EINVAL", "-12", "ENOMEM", "-14", "EFAULT", "-16", "EBUSY",
                        "-110", "ETIMEDOUT", "-19", "ENODEV", "-71", "EPROTO", "-32", "EPIPE"),
                List.of("usbcore", "mydrv", "xhci_hcd", "kernel", "snd_usb_audio"),
                List.of("module", "URB", "interrupt handler", "DMA buffer", "work queue", "char device", "probe function",
                        "device tree node", "timer"),
                List.of("kernel 5.15", "kernel 6.1", "Ubuntu 22.04", "a Raspberry Pi 4", "Debian 12"),
                List.of("in interrupt context", "while holding a spinlock", "in atomic context", "from probe",
                        "from a tasklet"),
                Lang.C, Frames.LINUX);
    }

    private static Topic python() {
        return new Topic("python", 2.0,
                tags(List.of("python", "pandas", "asyncio", "numpy", "django", "multiprocessing", "python-requests",
                        "flask", "pytest", "sqlalchemy"),
                        List.of("3.x", "3.11", "performance", "typing")),
                identifiers(List.of("read_csv", "asyncio.get_event_loop", "DataFrame.groupby", "requests.get",
                                "multiprocessing.Pool.map", "asyncio.gather", "json.loads", "subprocess.run",
                                "np.concatenate", "session.commit"),
                        List.of("pandas", "asyncio", "requests", "numpy", "app"),
                        List.of("frame", "loop", "session", "pool", "array", "task"),
                        List.of("Read", "Create", "Close", "Run", "Merge", "Cancel"), "module"),
                errors("0xC0000005", "STATUS_ACCESS_VIOLATION", "24", "EMFILE", "-9", "SIGKILL", "0x1",
                        "KeyError", "0x2", "ValueError", "137", "OOMKilled"),
                List.of("worker", "app", "pipeline", "tasks", "loader"),
                List.of("event loop", "data frame", "worker process", "session", "coroutine", "request", "script"),
                List.of("Python 3.11", "Python 3.8", "Windows 10", "Ubuntu 22.04", "macOS 14"),
                List.of("inside a coroutine", "from a worker process", "in a signal handler", "at import time",
                        "inside a with block"),
                Lang.PYTHON, Frames.PYTHON);
    }

    private static Topic databases() {
        return new Topic("databases", 1.5,
                tags(List.of("postgresql", "sqlite", "sql", "indexing", "transactions", "deadlock", "query-optimization",
                        "replication"),
                        List.of("14", "16", "performance")),
                identifiers(List.of("pg_stat_activity", "max_connections", "VACUUM", "pg_advisory_lock",
                                "sqlite3_busy_timeout", "journal_mode", "work_mem", "statement_timeout",
                                "pg_terminate_backend", "wal_checkpoint"),
                        List.of("pg_", "sqlite3_"),
                        List.of("stat", "lock", "wal", "index", "vacuum", "busy"),
                        List.of("read", "reset", "open", "step", "close"), "snake"),
                errors("40P01", "deadlock_detected", "23505", "unique_violation", "53300", "too_many_connections",
                        "57014", "query_canceled", "5", "SQLITE_BUSY", "11", "SQLITE_CORRUPT", "0x20A",
                        "SQLITE_IOERR_SHORT_READ"),
                List.of("postgres", "libsqlite3", "libpq"),
                List.of("query", "index", "transaction", "connection", "table", "migration", "replica", "lock"),
                List.of("PostgreSQL 14", "PostgreSQL 16", "SQLite 3.45", "RDS", "a WAL database"),
                List.of("inside a transaction", "during VACUUM", "while a migration runs", "under load",
                        "from two connections"),
                Lang.SQL, Frames.WINDBG);
    }

    private static Topic win32() {
        return new Topic("win32", 1.5,
                tags(List.of("winapi", "winsock", "c++", "tcp", "com", "windows-services", "named-pipes", "iocp"),
                        List.of("x64", "10", "debugging")),
                identifiers(List.of("WSARecv", "CreateFileW", "DeviceIoControl", "GetLastError", "CoInitializeEx",
                                "WaitForMultipleObjects", "GetQueuedCompletionStatus", "CreateIoCompletionPort",
                                "ReadFile", "CancelIoEx"),
                        List.of("Create", "Get", "Set", "Close"),
                        List.of("File", "Event", "Pipe", "Socket", "Thread", "Handle"),
                        List.of("W", "Ex", "A", "Info"), "camel"),
                errors("0x80070005", "E_ACCESSDENIED", "0x80004005", "E_FAIL", "0x80070057", "E_INVALIDARG",
                        "0x8007000E", "E_OUTOFMEMORY", "0x80004002", "E_NOINTERFACE", "0x80072746", "WSAECONNRESET",
                        "0x8007274C", "WSAETIMEDOUT", "0x800703E3", "ERROR_OPERATION_ABORTED"),
                List.of("KERNELBASE", "ws2_32", "ntdll", "myservice", "combase"),
                List.of("socket", "overlapped read", "completion port", "service", "named pipe", "handle",
                        "COM object"),
                List.of("Windows 10", "Windows Server 2022", "Windows 11", "Wine 8"),
                List.of("from a service", "from DllMain", "on an STA thread", "after CancelIoEx",
                        "from a thread pool callback"),
                Lang.C, Frames.WINDBG);
    }

    private static Topic cppBuild() {
        return new Topic("cpp-build", 1.0,
                tags(List.of("c++", "cmake", "visual-studio", "linker-errors", "msbuild", "templates", "stl"),
                        List.of("17", "20", "x64")),
                identifiers(List.of("std::unique_ptr", "target_link_libraries", "std::vector::push_back",
                                "add_subdirectory", "__declspec(dllexport)", "std::thread::join", "find_package",
                                "std::filesystem::path"),
                        List.of("std::"),
                        List.of("vector", "string", "map", "mutex"),
                        List.of("emplace", "erase", "lock", "find"), "snake"),
                errors("LNK2019", "unresolved_external_symbol", "C2664", "cannot_convert_argument", "0xC0000409",
                        "STATUS_STACK_BUFFER_OVERRUN", "0xC0000374", "STATUS_HEAP_CORRUPTION", "C1083",
                        "cannot_open_include_file"),
                List.of("myapp", "ucrtbase", "KERNELBASE", "msvcp140"),
                List.of("build", "linker", "static library", "template", "CMake target", "DLL", "unit test"),
                List.of("Visual Studio 2022", "MSVC 19.38", "GCC 13", "Clang 17", "CMake 3.28"),
                List.of("from a destructor", "in a static initializer", "from another DLL", "at program exit"),
                Lang.C, Frames.WINDBG);
    }
}
