package org.parley.importer.blogthread;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names a commenter gives for themselves: sign-offs ("Thanks, Rich", "Regards\n\nGaurav Verma", "– Kamala"),
 * introductions ("This is Rehan Akhter from Delhi") and name lines matching their handle ("Tal Zur" by talzur).
 * These are what the expert later addresses them by.
 */
final class Signatures {

    private static final String CLOSING = "(?:thanks|thank\\s+you|thanx|thx|thks|tks|many\\s+thanks|thanks\\s+a\\s+lot"
            + "|thanks\\s+again|thanks\\s+in\\s+advance|thanks\\s*(?:and|&|nd|ad)\\s*regards|regards|best\\s+regards"
            + "|kind\\s+regards|warm\\s+regards|with\\s+(?:warm\\s+)?regards|best\\s+wishes|best|cheers|sincerely"
            + "|rgds|br|tia|yours|bye|ciao)";
    private static final Pattern CLOSING_LINE = Pattern.compile("^" + CLOSING + "[\\s,.!:;~-]*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOSING_WITH_NAME = Pattern.compile(
            "^" + CLOSING + "[\\s,.!:;~-]+([\\p{L}][\\p{L}.'’-]*(?:\\s+[\\p{L}][\\p{L}.'’-]*){0,2})[\\s.!]*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DASH_NAME = Pattern.compile("^[-–—~]+\\s*([\\p{L}][\\p{L}\\d.'’_-]*(?:\\s+[\\p{L}][\\p{L}.'’-]*)?)\\s*$");
    private static final Pattern NAME_THEN_REMARK = Pattern.compile("^([A-Z][\\p{L}'’-]+)\\s+[–—-]\\s+\\S.*$");
    private static final Pattern INTRODUCTION = Pattern.compile(
            "\\b(?:this\\s+is|my\\s+name\\s+is)\\s+([A-Z][\\p{L}'’-]+(?:\\s+[A-Z][\\p{L}'’-]+)?)");
    private static final Pattern NAME_LINE = Pattern.compile("^[\\p{L}][\\p{L}.'’-]*(?:\\s+[\\p{L}][\\p{L}.'’-]*){0,2}$");
    private static final Pattern SPACED_LETTERS = Pattern.compile("^(?:\\p{L} ){2,}\\p{L}$");

    /** Words that look like a name line but are titles, companies or pleasantries. */
    private static final Set<String> NOT_NAMES = Set.copyOf(List.of("thanks", "thank", "regards", "engineer", "system", "systems",
            "software", "team", "inc", "corp", "ltd", "research", "manager", "developer", "student", "university",
            "company", "driver", "windows", "microsoft", "sir", "all", "everyone", "you", "me", "again", "advance",
            "lot", "help", "hi", "hello", "best", "cheers", "ps", "bye", "please", "wishes", "anti-virus", "drive",
            "the", "and", "for", "with", "from", "your", "yours", "once", "more", "much", "very", "doron", "doronh"));

    private Signatures() {
    }

    static List<String> namesOf(String body, String handle) {
        List<String> lines = new ArrayList<>();
        String text = body.replace('\u00A0', ' '); // exported HTML often indents with no-break spaces
        for (String l : text.split("\n")) {
            if (!l.isBlank()) {
                lines.add(l.strip());
            }
        }
        Set<String> names = new LinkedHashSet<>();
        int from = Math.max(0, lines.size() - 8);
        for (int i = from; i < lines.size(); i++) {
            String line = collapseSpacedLetters(lines.get(i));
            Matcher m;
            if ((m = CLOSING_WITH_NAME.matcher(line)).matches() && plausible(m.group(1))) {
                names.add(m.group(1));
            } else if (CLOSING_LINE.matcher(line).matches() && i + 1 < lines.size()) {
                String next = collapseSpacedLetters(lines.get(i + 1));
                if (NAME_LINE.matcher(next).matches() && plausible(next)) {
                    names.add(next);
                }
            } else if ((m = DASH_NAME.matcher(line)).matches() && plausible(m.group(1))) {
                names.add(m.group(1));
            } else if (i == lines.size() - 1 && (m = NAME_THEN_REMARK.matcher(line)).matches() && plausible(m.group(1))) {
                names.add(m.group(1));
            } else if (NAME_LINE.matcher(line).matches() && plausible(line) && matchesHandle(line, handle)) {
                names.add(line);
            }
        }
        Matcher intro = INTRODUCTION.matcher(text);
        if (intro.find() && plausible(intro.group(1))) {
            names.add(intro.group(1));
        }
        return List.copyOf(names);
    }

    private static boolean plausible(String candidate) {
        String[] words = candidate.strip().split("\\s+");
        if (words.length > 3) {
            return false;
        }
        for (String w : words) {
            if (NOT_NAMES.contains(w.toLowerCase(Locale.ROOT).replaceAll("[.!,]+$", ""))) {
                return false;
            }
        }
        return Character.isLetter(words[0].charAt(0));
    }

    private static boolean matchesHandle(String line, String handle) {
        if (handle.isEmpty()) {
            return false;
        }
        String compactHandle = fold(handle);
        for (String w : line.split("\\s+")) {
            String f = fold(w);
            if (f.length() >= 3 && (compactHandle.startsWith(f) || (f.length() >= 4 && compactHandle.contains(f)))) {
                return true;
            }
        }
        return false;
    }

    private static String collapseSpacedLetters(String line) {
        return SPACED_LETTERS.matcher(line).matches() ? line.replace(" ", "") : line;
    }

    /** Lower case ASCII letters and digits only: "Cláudio" and "claudio" are the same key. */
    static String fold(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = Character.toLowerCase(decomposed.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
