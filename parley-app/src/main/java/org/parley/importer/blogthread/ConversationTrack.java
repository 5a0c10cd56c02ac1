package org.parley.importer.blogthread;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A conversation while the thread is being replayed: who spoke last, what it is about. */
final class ConversationTrack {

    /** Replies repeat the question's topic, but with generic advice mixed in; weigh them lower. */
    private static final double RESPONSE_WEIGHT = 0.5;

    final int question;
    final String asker;
    final List<Integer> members = new ArrayList<>();
    final List<Integer> answers = new ArrayList<>();
    final Set<Integer> accepted = new LinkedHashSet<>();
    final Set<String> responders = new LinkedHashSet<>();
    final Map<String, Double> topic = new HashMap<>();
    int lastRef;
    int lastAskerRef;
    int lastResponseRef = -1;
    /** The asker spoke last: something is waiting for a reply. */
    boolean awaitingReply = true;
    /** The expert has not replied since the asker last wrote (a bystander's reply does not count). */
    boolean awaitingExpert = true;
    /** The asker acknowledged the last reply; a later comment by them is more likely a new question. */
    boolean settled;

    ConversationTrack(int question, String asker, Map<String, Double> vector) {
        this.question = question;
        this.asker = asker;
        this.lastRef = question;
        this.lastAskerRef = question;
        members.add(question);
        addTopic(vector, 1.0);
    }

    void addFromAsker(int ref, Map<String, Double> vector, Role role) {
        members.add(ref);
        lastRef = ref;
        lastAskerRef = ref;
        awaitingReply = role != Role.THANKS;
        awaitingExpert = awaitingReply;
        settled = role == Role.THANKS;
        addTopic(vector, 1.0);
    }

    void addResponse(int ref, String identity, Map<String, Double> vector, Role role, boolean byExpert) {
        members.add(ref);
        lastRef = ref;
        lastResponseRef = ref;
        responders.add(identity);
        if (role == Role.ANSWER) {
            answers.add(ref);
        }
        awaitingReply = false;
        awaitingExpert = awaitingExpert && !byExpert;
        settled = false;
        addTopic(vector, RESPONSE_WEIGHT);
    }

    private void addTopic(Map<String, Double> vector, double weight) {
        vector.forEach((t, x) -> topic.merge(t, x * weight, Double::sum));
    }
}
