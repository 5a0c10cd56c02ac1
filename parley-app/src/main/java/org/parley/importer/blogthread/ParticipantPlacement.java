package org.parley.importer.blogthread;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Places everybody else's comments: an asker naming someone who helped them follows up; naming another asker
 * answers them; a quote joins the quoted conversation; an asker writing again soon or on the same topic
 * continues their own; a bystander explaining answers an open question; anything that asks starts a new one.
 */
final class ParticipantPlacement {

    private final ThreadReplay replay;
    private final List<SourceComment> comments;
    private final ParticipantDirectory directory;
    private final List<ConversationTrack> tracks;
    private final Map<Integer, ConversationTrack> trackOf;
    private final Map<Integer, String> identityOf;
    private final Map<Integer, Map<String, Double>> vectors;
    private final String expert;

    ParticipantPlacement(ThreadReplay replay) {
        this.replay = replay;
        this.comments = replay.comments;
        this.directory = replay.directory;
        this.tracks = replay.tracks;
        this.trackOf = replay.trackOf;
        this.identityOf = replay.identityOf;
        this.vectors = replay.vectors;
        this.expert = replay.expert;
    }

    void place(int i, CommentDraft d, String id, Map<String, Double> vector, List<BodyParts.Part> parts) {
        String body = d.comment.body();
        boolean asks = SpeechCues.asks(body);
        boolean ack = SpeechCues.acknowledges(body);
        Role asResponder = SpeechCues.briefThanks(body) ? Role.THANKS : Role.ANSWER;
        int number = d.comment.number();
        String addressee = parts.get(0).names().isEmpty() ? "" : String.join(" & ", parts.get(0).names());

        // 1. Addressing another asker by name: answering them (or, if they helped in our own conversation, following up).
        for (BodyParts.Part part : parts) {
            for (String name : part.names()) {
                ParticipantDirectory.Match m = directory.resolve(name, id).stream()
                        .filter(x -> !x.learned() && x.score() >= ParticipantDirectory.STRONG_SCORE)
                        .findFirst().orElse(null);
                if (m == null || m.identity().equals(expert)) {
                    continue;
                }
                ConversationTrack helped = replay.tracksOf(id).stream().filter(t -> t.responders.contains(m.identity()))
                        .reduce((a, b) -> b).orElse(null);
                if (helped != null) {
                    replay.follow(d, id, helped, vector, ack, OptionalInt.empty(), addressee);
                    return;
                }
                List<ConversationTrack> theirs = replay.tracksOf(m.identity());
                if (!theirs.isEmpty()) {
                    ConversationTrack t = theirs.stream()
                            .filter(x -> x.awaitingReply && number - x.lastAskerRef <= ConversationRebuilder.OPEN_WINDOW)
                            .reduce((a, b) -> b).orElse(ThreadReplay.latestActive(theirs));
                    replay.respond(d, id, t, t.lastAskerRef, vector, asResponder, addressee, directory.handle(m.identity()));
                    return;
                }
            }
        }
        // 2. Quoting an earlier comment.
        Placement quoted = replay.quotedPlacement(i, body);
        if (quoted != null) {
            ConversationTrack t = quoted.track();
            if (t.asker.equals(id) || replay.joinerOf(t, id)) {
                replay.follow(d, id, t, vector, ack, OptionalInt.of(quoted.parent()), addressee);
            } else if (SpeechCues.explainsToOthers(body) || !asks) {
                replay.respond(d, id, t, quoted.parent(), vector, asResponder, addressee, "");
            } else {
                replay.join(d, id, t, vector, quoted.parent(), addressee);
            }
            return;
        }
        // 3. The asker continuing one of their conversations, unless they are plainly reacting to the
        //    reply just given to somebody else ("Will turn on setupapi logging" after advice to another asker).
        ConversationTrack own = continuedConversation(d, id, vector, asks);
        ConversationTrack overheard = overheardReply(i, id, vector, own);
        if (overheard != null) {
            replay.join(d, id, overheard, vector, overheard.lastResponseRef, addressee);
            return;
        }
        // 4. A bystander explaining something to an open question (speaking about "your" problem, not "my" work).
        boolean explaining = SpeechCues.explainsToOthers(body) || (!asks && !SpeechCues.narratesOwnWork(body));
        ConversationTrack helpedOther = explaining ? bestOpenOther(i, id, vector) : null;
        if (helpedOther != null && (own == null || !ThreadReplay.recent(own, number))) {
            replay.respond(d, id, helpedOther, helpedOther.lastAskerRef, vector, asResponder, addressee, "");
            return;
        }
        if (own != null) {
            replay.follow(d, id, own, vector, ack, OptionalInt.empty(), addressee);
            return;
        }
        // 5. Something new: a question, a report of trouble, or anything after the asker's last conversation went stale.
        List<ConversationTrack> mine = replay.tracksOf(id);
        ConversationTrack latest = mine.isEmpty() ? null : ThreadReplay.latestActive(mine);
        boolean stale = latest == null || ThreadReplay.stale(latest, number);
        if (asks || stale || SpeechCues.reportsTrouble(body)) {
            ConversationTrack t = new ConversationTrack(number, id, vector);
            tracks.add(t);
            trackOf.put(number, t);
            d.role = Role.QUESTION;
            d.placements.put(t, number);
            d.parts.add(new AddressedPart(addressee, "", body, List.of(number)));
            return;
        }
        // 6. A remark by an asker that fits nowhere better: their latest conversation.
        replay.follow(d, id, latest, vector, ack, OptionalInt.empty(), addressee);
    }

    /**
     * The asker's conversation this comment continues, if any: one they were active in moments ago (unless
     * they say it is a new question), or one on the same topic however long ago.
     */
    ConversationTrack continuedConversation(CommentDraft d, String id, Map<String, Double> vector, boolean asks) {
        List<ConversationTrack> mine = replay.tracksOf(id);
        String body = d.comment.body();
        if (mine.isEmpty() || (asks && SpeechCues.changesTopic(body))) {
            return null;
        }
        int number = d.comment.number();
        boolean terse = vector.size() < ConversationRebuilder.TERSE_WORDS;
        ConversationTrack best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (ConversationTrack t : mine) {
            double sim = TopicIndex.cosine(vector, t.topic);
            int gap = number - t.lastRef;
            // Fresh: the asker comes back to a reply soon, or adds to their own post at once.
            boolean fresh = !t.settled && gap <= (t.awaitingReply ? ConversationRebuilder.CONTINUE_GAP : ConversationRebuilder.FRESH_GAP);
            boolean stale = ThreadReplay.stale(t, number);
            boolean continues = sim >= (stale ? ConversationRebuilder.STALE_TOPIC : ConversationRebuilder.SAME_TOPIC)
                    || (fresh && (sim >= ConversationRebuilder.RELATED || !asks || terse || (!t.awaitingReply && SpeechCues.reacts(body))));
            double score = sim + (fresh ? ConversationRebuilder.RECENCY_BONUS : 0);
            if (continues && score > bestScore) {
                bestScore = score;
                best = t;
            }
        }
        return best;
    }

    /**
     * Someone else's conversation whose reply came just before this comment, when this comment (by someone
     * with questions of their own) takes up that reply rather than anything in their own conversations.
     */
    ConversationTrack overheardReply(int i, String id, Map<String, Double> vector, ConversationTrack own) {
        if (i == 0 || replay.tracksOf(id).isEmpty()) {
            return null;
        }
        SourceComment previous = comments.get(i - 1);
        ConversationTrack t = trackOf.get(previous.number());
        if (t == null || t.asker.equals(id) || replay.joinerOf(t, id) || t.lastResponseRef != previous.number()) {
            return null;
        }
        double sim = TopicIndex.cosine(vector, vectors.get(previous.number()));
        double ownSim = own == null ? 0 : TopicIndex.cosine(vector, own.topic);
        return sim >= ConversationRebuilder.SAME_TOPIC && sim > 2 * ownSim ? t : null;
    }

    /** The open question of someone else this explanation fits: by topic, or simply the one asked just before. */
    ConversationTrack bestOpenOther(int i, String id, Map<String, Double> vector) {
        int number = comments.get(i).number();
        ConversationTrack justAsked = i == 0 ? null : trackOf.get(comments.get(i - 1).number());
        ConversationTrack best = null;
        double bestScore = ConversationRebuilder.ANSWER_MATCH;
        for (ConversationTrack t : tracks) {
            if (t.asker.equals(id) || !t.awaitingReply || number - t.lastAskerRef > ConversationRebuilder.OPEN_WINDOW) {
                continue;
            }
            // The reply may take up the whole conversation or just its latest post.
            double sim = Math.max(TopicIndex.cosine(vector, t.topic), TopicIndex.cosine(vector, vectors.get(t.lastAskerRef)));
            double score = sim + (t == justAsked ? ConversationRebuilder.ANSWER_MATCH : 0)
                    + (t == lastOwnTrack(i, id) ? ConversationRebuilder.CONTINUING_BONUS : 0); // where this author last wrote
            if (score >= bestScore) {
                bestScore = score;
                best = t;
            }
        }
        return best;
    }

    /** The conversation this author's previous comment went to. */
    ConversationTrack lastOwnTrack(int i, String id) {
        for (int k = i - 1; k >= 0; k--) {
            if (identityOf.get(comments.get(k).number()).equals(id)) {
                return trackOf.get(comments.get(k).number());
            }
        }
        return null;
    }
}
