package org.parley.importer.blogthread;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who is in the thread so far and which names refer to them. Names come from handles (talzur, gaurav_verma,
 * RehanAkhter), from signatures, and from earlier successful guesses; a name is matched with prefix,
 * containment and edit-distance rules because commenters misspell each other ("Guarav", "suheto", "Doran").
 */
final class ParticipantDirectory {

    /** A candidate referent for a name; {@code learned} means the link was inferred, not read from a handle or signature. */
    record Match(String identity, double score, boolean learned) {
    }

    /** Below this a name is not considered to refer to anyone. */
    static final double MIN_SCORE = 0.65;
    /** At or above this (and not learned) a name is trusted more than topic guesses. */
    static final double STRONG_SCORE = 0.74;

    private static final class Participant {
        final String identity;
        final String handle;
        final Set<String> keys = new HashSet<>();
        final Set<String> learned = new HashSet<>();
        /** First names they signed with ("Darwin" for darwine): what they are called, if we know. */
        final Set<String> givenNames = new HashSet<>();
        String compact;
        int lastSeen;

        Participant(String identity, String handle) {
            this.identity = identity;
            this.handle = handle;
            this.compact = Signatures.fold(handle);
            addHandleKeys(handle);
        }

        private void addHandleKeys(String h) {
            // "gaurav_verma" -> gaurav, verma; "RehanAkhter" -> rehan, akhter; "anujagarwal3101" -> anujagarwal
            for (String part : h.split("[^\\p{L}\\d]+|(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{L})(?=\\d)|(?<=\\d)(?=\\p{L})")) {
                String f = Signatures.fold(part);
                if (f.length() >= 2 && !f.chars().allMatch(Character::isDigit)) {
                    keys.add(f);
                }
            }
            if (!compact.isEmpty()) {
                keys.add(compact);
            }
        }

        void addName(String name) {
            String[] words = name.strip().split("\\s+");
            givenNames.add(Signatures.fold(words[0]));
            keys.add(Signatures.fold(name));
            for (String w : words) {
                String f = Signatures.fold(w);
                if (f.length() >= 3) {
                    keys.add(f);
                }
            }
            if (compact.isEmpty()) {
                compact = Signatures.fold(words[0]);
            }
        }
    }

    private final Map<String, Participant> participants = new LinkedHashMap<>();

    /**
     * The identity of a comment's author. Named authors are their handle. Anonymous authors become one person
     * per signature name ("Kiran S" posting three times without a handle), else a fresh identity per comment.
     */
    String identify(SourceComment c, List<String> ownNames) {
        Participant p;
        if (!c.anonymous()) {
            p = participants.computeIfAbsent(c.author(), h -> new Participant(h, h));
        } else {
            p = anonymousSigning(ownNames);
            if (p == null) {
                String identity = "#" + c.number();
                p = new Participant(identity, "");
                participants.put(identity, p);
            }
        }
        for (String n : ownNames) {
            p.addName(n);
        }
        p.lastSeen = c.number();
        return p.identity;
    }

    private Participant anonymousSigning(List<String> names) {
        for (String n : names) {
            String key = Signatures.fold(n.strip().split("\\s+")[0]);
            for (Participant p : participants.values()) {
                if (p.handle.isEmpty() && (p.keys.contains(key) || p.learned.contains(key))) {
                    return p;
                }
            }
        }
        return null;
    }

    /** Remember that {@code name} was used for {@code identity} (inferred from context, so a weak link). */
    void learn(String name, String identity) {
        Participant p = participants.get(identity);
        String key = Signatures.fold(name);
        if (p != null && key.length() >= 2) {
            p.learned.add(key);
        }
    }

    String handle(String identity) {
        Participant p = participants.get(identity);
        return p == null ? "" : p.handle;
    }

    /** Participants seen so far that {@code name} may refer to, best first; never {@code exclude}. */
    List<Match> resolve(String name, String exclude) {
        String n = Signatures.fold(name);
        List<Match> matches = new ArrayList<>();
        if (n.length() < 2) {
            return matches;
        }
        for (Participant p : participants.values()) {
            if (p.identity.equals(exclude)) {
                continue;
            }
            double strong = score(n, p);
            if (strong >= MIN_SCORE) {
                matches.add(new Match(p.identity, strong, false));
            } else if (p.learned.contains(n)) {
                matches.add(new Match(p.identity, MIN_SCORE, true));
            }
        }
        Map<String, Integer> lastSeen = new LinkedHashMap<>();
        participants.values().forEach(p -> lastSeen.put(p.identity, p.lastSeen));
        matches.sort(Comparator.comparingDouble(Match::score).reversed()
                .thenComparing(m -> -lastSeen.get(m.identity())));
        return matches;
    }

    /**
     * Whether the person is known to go by another first name: an unresolved "John" is not the person who
     * signs "Darwin Erickson".
     */
    boolean knownByOtherName(String identity, String name) {
        Participant p = participants.get(identity);
        if (p == null || p.givenNames.isEmpty()) {
            return false;
        }
        return score(Signatures.fold(name), p) < MIN_SCORE && !p.learned.contains(Signatures.fold(name));
    }

    boolean knows(String name, String exclude) {
        return !resolve(name, exclude).isEmpty();
    }

    private static double score(String n, Participant p) {
        if (p.keys.contains(n)) {
            return 1.0;
        }
        String compact = p.compact;
        if (n.length() >= 3 && compact.startsWith(n)) {
            return 0.9; // "Tal" -> talzur, "Darwin" -> darwine
        }
        for (String k : p.keys) {
            if (n.length() >= 3 && k.startsWith(n)) {
                return 0.9;
            }
        }
        if (n.length() >= 4 && compact.contains(n)) {
            return 0.8; // "praveen" -> apraveen, "kobi" -> nkobik
        }
        if (n.length() >= 4) {
            int allowed = n.length() >= 7 ? 2 : 1;
            for (String k : p.keys) {
                if (k.length() >= 4 && NameDistance.between(n, k) <= allowed) {
                    return 0.75; // "Guarav" -> gaurav, "suheto" -> suhetao
                }
            }
            for (int len = n.length() - 1; len <= n.length() + 1; len++) {
                if (len >= 4 && len <= compact.length() && NameDistance.between(n, compact.substring(0, len)) <= allowed) {
                    return 0.75; // "Dorohn"/"Doran" -> doronh
                }
            }
        }
        return 0;
    }
}
