package org.parley.importer.blogthread;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rebuilt structure of a flat thread.
 *
 * @param expert        the handle identified as the thread's answerer (the blog author)
 * @param comments      one analysis per comment, in comment order
 * @param conversations one per question, in question order
 */
public record ThreadAnalysis(String expert, List<CommentAnalysis> comments, List<Conversation> conversations) {

    public ThreadAnalysis {
        comments = List.copyOf(comments);
        conversations = List.copyOf(conversations);
    }

    public Optional<CommentAnalysis> comment(int number) {
        return comments.stream().filter(c -> c.number() == number).findFirst();
    }

    public Map<Role, Long> roleCounts() {
        Map<Role, Long> counts = new EnumMap<>(Role.class);
        for (Role r : Role.values()) {
            counts.put(r, 0L);
        }
        comments.forEach(c -> counts.merge(c.role(), 1L, Long::sum));
        return counts;
    }

    public List<Conversation> unanswered() {
        return conversations.stream().filter(Conversation::unanswered).toList();
    }
}
