package org.parley.importer.blogthread;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Places the expert's comments: a reply goes to the question of the person it names (one part per addressee
 * when it answers several people), else to the quoted comment's conversation, else to the open question it
 * matches best in topic and recency.
 */
final class ExpertReplies {

    private final ThreadReplay replay;
    private final List<SourceComment> comments;
    private final TopicIndex index;
    private final ParticipantDirectory directory;
    private final List<ConversationTrack> tracks;
    private final Map<Integer, ConversationTrack> trackOf;
    private final Map<Integer, String> identityOf;

    ExpertReplies(ThreadReplay replay) {
        this.replay = replay;
        this.comments = replay.comments;
        this.index = replay.index;
        this.directory = replay.directory;
        this.tracks = replay.tracks;
        this.trackOf = replay.trackOf;
        this.identityOf = replay.identityOf;
    }

    void reply(int i, CommentDraft d, String id, Map<String, Double> vector, List<BodyParts.Part> parts) {
        Role role = SpeechCues.briefThanks(d.comment.body()) ? Role.THANKS : Role.ANSWER;
        for (BodyParts.Part part : parts) {
            List<Placement> placed = new ArrayList<>();
            String resolved = placeReplyPart(i, d, id, part, placed);
            List<Integer> refs = placed.stream().map(p -> p.track().question).distinct().toList();
            d.parts.add(new AddressedPart(part.names().isEmpty() ? "" : String.join(" & ", part.names()),
                    resolved, part.text(), refs));
            placed.forEach(p -> d.placements.putIfAbsent(p.track(), p.parent()));
        }
        if (d.placements.isEmpty()) {
            d.role = Role.OTHER;
            return;
        }
        d.role = role;
        d.placements.keySet().forEach(t -> t.addResponse(d.comment.number(), id, vector, role, true));
        trackOf.put(d.comment.number(), d.placements.keySet().iterator().next());
    }

    /** Places one addressed part of a reply; returns the handle its name resolved to ("" if none). */
    String placeReplyPart(int i, CommentDraft d, String id, BodyParts.Part part, List<Placement> out) {
        Placement quoted = replay.quotedPlacement(i, part.text());
        if (quoted != null) {
            out.add(quoted);
            return "";
        }
        Map<String, Double> pv = index.vector(SpeechCues.ownWords(part.text()));
        Set<String> hinted = new LinkedHashSet<>();
        for (String name : part.names()) {
            List<ParticipantDirectory.Match> matches = directory.resolve(name, id);
            ParticipantDirectory.Match strong = matches.stream()
                    .filter(m -> !m.learned() && m.score() >= ParticipantDirectory.STRONG_SCORE)
                    .findFirst().orElse(null);
            if (strong != null) {
                List<ConversationTrack> theirs = replay.tracksOf(strong.identity());
                if (!theirs.isEmpty()) {
                    int number = d.comment.number();
                    List<ConversationTrack> open = theirs.stream()
                            .filter(t -> t.awaitingExpert && number - t.lastAskerRef <= ConversationRebuilder.OPEN_WINDOW).toList();
                    List<ConversationTrack> chosen = open.isEmpty()
                            ? List.of(ThreadReplay.latestActive(theirs)) : pickAmong(i, part.text(), open);
                    chosen.forEach(t -> out.add(new Placement(t, t.lastAskerRef)));
                    return directory.handle(strong.identity());
                }
            }
            matches.forEach(m -> hinted.add(m.identity()));
        }
        List<String> unresolved = part.names().stream().filter(n -> directory.resolve(n, id).stream()
                .noneMatch(m -> !m.learned() && m.score() >= ParticipantDirectory.STRONG_SCORE)).toList();
        ConversationTrack t = unaddressed(i, d, pv, hinted, unresolved);
        if (t != null) {
            out.add(new Placement(t, t.lastAskerRef));
            for (String name : part.names()) {
                if (directory.resolve(name, id).stream().noneMatch(m -> !m.learned()
                        && m.score() >= ParticipantDirectory.STRONG_SCORE)) {
                    directory.learn(name, t.asker); // "John" now means this asker, weakly
                }
            }
            return part.names().isEmpty() ? "" : directory.handle(t.asker);
        }
        return "";
    }

    /**
     * A reply naming nobody answers the open question it matches best, weighing topic overlap, recency and
     * whether the replier was just talking in that conversation.
     */
    ConversationTrack unaddressed(int i, CommentDraft d, Map<String, Double> pv, Set<String> hinted,
                                          List<String> unresolvedNames) {
        int number = d.comment.number();
        List<ConversationTrack> candidates = new ArrayList<>(tracks.stream()
                .filter(t -> t.awaitingExpert && number - t.lastAskerRef <= ConversationRebuilder.OPEN_WINDOW)
                .sorted(Comparator.comparingInt((ConversationTrack t) -> t.lastAskerRef).reversed())
                .toList());
        // A name we only guessed before still points at that person's latest conversation.
        for (String h : hinted) {
            List<ConversationTrack> theirs = replay.tracksOf(h);
            if (!theirs.isEmpty() && !candidates.contains(theirs.get(theirs.size() - 1))) {
                candidates.add(theirs.get(theirs.size() - 1));
            }
        }
        ConversationTrack continuing = null;
        if (i > 0 && identityOf.get(comments.get(i - 1).number()).equals(identityOf.get(number))) {
            continuing = trackOf.get(comments.get(i - 1).number());
            if (continuing != null && !candidates.contains(continuing)) {
                candidates.add(continuing);
            }
        }
        // "John, ..." is not addressed to someone who signs as Darwin.
        candidates.removeIf(t -> unresolvedNames.stream().anyMatch(n -> directory.knownByOtherName(t.asker, n)));
        if (candidates.isEmpty()) {
            return tracks.stream().max(Comparator.comparingInt(t -> t.lastRef)).orElse(null);
        }
        ConversationTrack best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int rank = 0; rank < candidates.size(); rank++) {
            ConversationTrack t = candidates.get(rank);
            double score = TopicIndex.cosine(pv, t.topic)
                    + (t.awaitingExpert ? ConversationRebuilder.RECENCY_BONUS / (rank + 1) : 0)
                    + (t == continuing ? ConversationRebuilder.CONTINUING_BONUS : 0)
                    + (hinted.contains(t.asker) && t.awaitingExpert ? ConversationRebuilder.NAMED_BONUS : 0);
            if (score > bestScore) {
                bestScore = score;
                best = t;
            }
        }
        return best;
    }

    /**
     * One person with several open questions: each paragraph goes to the question it quotes or matches
     * ("praveen, let's answer all of these at once"); without a clear match, the latest question.
     */
    List<ConversationTrack> pickAmong(int i, String text, List<ConversationTrack> open) {
        if (open.size() == 1) {
            return open;
        }
        Set<ConversationTrack> chosen = new LinkedHashSet<>();
        for (String paragraph : BodyParts.paragraphs(text)) {
            Placement quoted = replay.quotedPlacement(i, paragraph);
            if (quoted != null && open.contains(quoted.track())) {
                chosen.add(quoted.track());
                continue;
            }
            Map<String, Double> v = index.vector(paragraph);
            if (v.size() < 4) {
                continue;
            }
            ConversationTrack best = null;
            double bestSim = ConversationRebuilder.RELATED;
            for (ConversationTrack t : open) {
                double sim = TopicIndex.cosine(v, t.topic);
                if (sim >= bestSim) {
                    bestSim = sim;
                    best = t;
                }
            }
            if (best != null) {
                chosen.add(best);
            }
        }
        if (chosen.isEmpty()) {
            chosen.add(open.stream().max(Comparator.comparingInt(t -> t.lastAskerRef)).orElseThrow());
        }
        return List.copyOf(chosen);
    }
}
