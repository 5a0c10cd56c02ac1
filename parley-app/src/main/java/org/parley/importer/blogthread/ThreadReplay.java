package org.parley.importer.blogthread;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One pass over a thread in comment order: keeps the conversations open so far and who said what, lets
 * {@link ExpertReplies} or {@link ParticipantPlacement} place each comment, then assembles the result.
 */
final class ThreadReplay {

    final List<SourceComment> comments;
    final TopicIndex index;
    final QuoteFinder quotes;
    final ParticipantDirectory directory = new ParticipantDirectory();
    final List<ConversationTrack> tracks = new ArrayList<>();
    final Map<Integer, ConversationTrack> trackOf = new HashMap<>();
    final Map<Integer, String> identityOf = new HashMap<>();
    final Map<Integer, Map<String, Double>> vectors = new HashMap<>();
    final Map<Integer, CommentDraft> drafts = new LinkedHashMap<>();
    /** People who joined someone else's conversation with their own questions ("me too"). */
    final Map<ConversationTrack, Set<String>> joiners = new HashMap<>();
    final String expert;
    private final ExpertReplies expertReplies;
    private final ParticipantPlacement participants;

    ThreadReplay(List<SourceComment> comments, String expert) {
        this.comments = comments;
        this.index = new TopicIndex(comments);
        this.quotes = new QuoteFinder(comments);
        this.expert = expert;
        this.expertReplies = new ExpertReplies(this);
        this.participants = new ParticipantPlacement(this);
    }

    ThreadAnalysis run() {
        for (int i = 0; i < comments.size(); i++) {
            SourceComment c = comments.get(i);
            String id = directory.identify(c, Signatures.namesOf(c.body(), c.author()));
            identityOf.put(c.number(), id);
            Map<String, Double> vector = index.vector(SpeechCues.ownWords(c.body()));
            vectors.put(c.number(), vector);
            List<BodyParts.Part> parts = BodyParts.split(c.body(), name -> directory.knows(name, id));
            CommentDraft d = new CommentDraft(c);
            drafts.put(c.number(), d);
            if (id.equals(expert)) {
                expertReplies.reply(i, d, id, vector, parts);
            } else {
                participants.place(i, d, id, vector, parts);
            }
        }
        return assemble();
    }

    static ConversationTrack latestActive(List<ConversationTrack> list) {
        return list.stream().max(Comparator.comparingInt(t -> t.lastRef)).orElseThrow();
    }

    /** Long quiet, or closed with thanks a while ago: a new comment is presumed to start something new. */
    static boolean stale(ConversationTrack t, int number) {
        int gap = number - t.lastRef;
        return gap > ConversationRebuilder.STALE_GAP || (t.settled && gap > ConversationRebuilder.CONTINUE_GAP);
    }

    static boolean recent(ConversationTrack t, int number) {
        return number - t.lastRef <= ConversationRebuilder.FRESH_GAP;
    }

    void follow(CommentDraft d, String id, ConversationTrack t, Map<String, Double> vector, boolean ack,
                        OptionalInt quoted, String addressee) {
        int number = d.comment.number();
        d.role = ack ? Role.THANKS : Role.FOLLOWUP;
        int parent = quoted.orElse(t.lastResponseRef > 0 ? t.lastResponseRef : t.lastAskerRef);
        if (SpeechCues.confirmsFix(d.comment.body())) {
            t.answers.stream().filter(a -> a < number).reduce((a, b) -> b).ifPresent(a -> {
                t.accepted.add(a);
                drafts.get(a).accepted = true;
                d.acceptsRef = OptionalInt.of(a);
            });
        }
        d.placements.put(t, parent);
        d.parts.add(new AddressedPart(addressee, "", d.comment.body(), List.of(t.question)));
        t.addFromAsker(number, vector, d.role);
        trackOf.put(number, t);
    }

    void join(CommentDraft d, String id, ConversationTrack t, Map<String, Double> vector, int parent, String addressee) {
        joiners.computeIfAbsent(t, k -> new LinkedHashSet<>()).add(id);
        d.role = Role.FOLLOWUP;
        d.placements.put(t, parent);
        d.parts.add(new AddressedPart(addressee, "", d.comment.body(), List.of(t.question)));
        t.addFromAsker(d.comment.number(), vector, Role.FOLLOWUP);
        trackOf.put(d.comment.number(), t);
    }

    void respond(CommentDraft d, String id, ConversationTrack t, int parent, Map<String, Double> vector, Role role,
                         String addressee, String resolved) {
        d.role = role;
        d.placements.put(t, parent);
        d.parts.add(new AddressedPart(addressee, resolved, d.comment.body(), List.of(t.question)));
        t.addResponse(d.comment.number(), id, vector, role, id.equals(expert));
        trackOf.put(d.comment.number(), t);
    }

    // ---- shared --------------------------------------------------------------------------------------

    Placement quotedPlacement(int i, String text) {
        OptionalInt q = quotes.quotedBefore(i, text);
        if (q.isEmpty()) {
            return null;
        }
        ConversationTrack t = trackOf.get(q.getAsInt());
        return t == null ? null : new Placement(t, q.getAsInt());
    }

    /** Conversations this person asked in (or joined with their own questions), oldest first. */
    List<ConversationTrack> tracksOf(String identity) {
        return tracks.stream().filter(t -> t.asker.equals(identity) || joinerOf(t, identity)).toList();
    }

    boolean joinerOf(ConversationTrack t, String identity) {
        return joiners.getOrDefault(t, Set.of()).contains(identity);
    }

    private ThreadAnalysis assemble() {
        List<CommentAnalysis> out = new ArrayList<>();
        Map<Integer, Conversation> conversations = new LinkedHashMap<>();
        for (ConversationTrack t : tracks) {
            String body = drafts.get(t.question).comment.body();
            conversations.put(t.question, new Conversation(t.question, directory.handle(t.asker),
                    TitleWriter.titleFor(body), TagSuggester.tagsFor(body),
                    t.members.stream().sorted().distinct().toList(), List.copyOf(t.answers),
                    List.copyOf(t.accepted)));
        }
        for (CommentDraft d : drafts.values()) {
            List<Integer> refs = d.placements.keySet().stream().map(t -> t.question).distinct().sorted().toList();
            OptionalInt parent = d.role == Role.QUESTION || d.placements.isEmpty()
                    ? OptionalInt.empty() : OptionalInt.of(d.placements.values().iterator().next());
            Conversation own = d.role == Role.QUESTION ? conversations.get(d.comment.number()) : null;
            out.add(new CommentAnalysis(d.comment.number(), d.comment.author(), d.role, refs, parent, d.parts,
                    own == null ? "" : own.title(), own == null ? List.of() : own.tags(), d.accepted,
                    d.acceptsRef));
        }
        return new ThreadAnalysis(expert, out, List.copyOf(conversations.values()));
}
}
