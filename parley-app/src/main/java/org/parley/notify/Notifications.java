package org.parley.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parley.post.PostEvent;
import org.parley.post.PostRules;
import org.parley.problem.InvalidInput;
import org.parley.user.Actor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells people what happened to their posts. Listens to post events inside the writing
 * transaction, so a notification (and its queued mail) commits together with the post or not at
 * all. Nobody is told about their own action; imported placeholder users are never told anything.
 */
@Service
public class Notifications {

    /** {@code @handle} preceded by start or a non-word character, so e-mail addresses do not count. */
    private static final Pattern MENTION = Pattern.compile("(?<![\\w@.])@([a-z0-9_.-]{3,30})");

    private final NotifyStore store;
    private final NotificationMail mail;
    private final UnsubscribeLinks unsubscribe;
    private final Clock clock;

    Notifications(NotifyStore store, NotificationMail mail, UnsubscribeLinks unsubscribe, Clock clock) {
        this.store = store;
        this.mail = mail;
        this.unsubscribe = unsubscribe;
        this.clock = clock;
    }

    @EventListener
    void on(PostEvent event) {
        Map<Long, NotificationKind> told = new LinkedHashMap<>();
        long actor;
        Long postId;
        switch (event) {
            case PostEvent.AnswerPosted e -> {
                actor = e.authorId();
                postId = e.answerId();
                store.post(e.answerId()).ifPresent(p -> {
                    told.put(p.questionAuthorId(), NotificationKind.ANSWER_ON_YOUR_QUESTION);
                    mentions(p.body(), told);
                });
            }
            case PostEvent.CommentAdded e -> {
                actor = e.authorId();
                postId = e.postId();
                store.post(e.postId()).ifPresent(p -> told.put(p.authorId(),
                        p.postId() == p.questionId() ? NotificationKind.COMMENT_ON_YOUR_QUESTION
                                : NotificationKind.COMMENT_ON_YOUR_ANSWER));
                store.commentBody(e.commentId()).ifPresent(body -> mentions(body, told));
            }
            case PostEvent.AnswerAccepted e -> {
                actor = e.byUserId();
                postId = e.answerId();
                store.post(e.answerId()).ifPresent(p -> told.put(p.authorId(), NotificationKind.ANSWER_ACCEPTED));
            }
            case PostEvent.QuestionClosedAsDuplicate e -> {
                actor = e.byUserId();
                postId = e.questionId();
                store.post(e.questionId()).ifPresent(p -> told.put(p.authorId(), NotificationKind.CLOSED_AS_DUPLICATE));
            }
            case PostEvent.QuestionAsked e -> {
                actor = e.authorId();
                postId = e.questionId();
                store.post(e.questionId()).ifPresent(p -> {
                    mentions(p.body(), told);
                    List<String> tags = p.tags() == null ? List.of() : Arrays.asList(p.tags().split(" "));
                    store.watchersOf(tags).forEach(w -> told.putIfAbsent(w, NotificationKind.WATCHED_TAG));
                });
            }
            default -> {
                return;
            }
        }
        told.remove(actor);
        Instant now = clock.instant();
        told.forEach((userId, kind) -> store.recipient(userId).ifPresent(r -> tell(r, kind, event.questionId(), postId, actor, now)));
    }

    private void mentions(String text, Map<Long, NotificationKind> told) {
        Matcher m = MENTION.matcher(text == null ? "" : text);
        while (m.find()) {
            store.recipientByHandle(m.group(1).replaceAll("[.]+$", ""))
                    .ifPresent(r -> told.putIfAbsent(r.id(), NotificationKind.MENTION));
        }
    }

    private void tell(NotifyStore.Recipient to, NotificationKind kind, long questionId, Long postId, long actorId,
                      Instant now) {
        store.insert(to.id(), kind, questionId, postId, actorId, now);
        if (to.email() != null && to.frequency() == EmailFrequency.IMMEDIATELY) {
            String title = store.post(questionId).map(NotifyStore.PostFacts::questionTitle).orElse("a question");
            String anchor = postId == null || postId == questionId ? "" : "#post-" + postId;
            mail.queue(to, kind.headline() + ": " + title,
                    kind.headline() + ":\n\n  " + title + "\n  " + mail.link(questionId, title, anchor) + "\n", now);
        }
    }

    public List<Notification> inbox(Actor actor) {
        return store.inbox(actor.id(), 100);
    }

    public long unread(long userId) {
        return store.unread(userId);
    }

    @Transactional
    public void markAllRead(Actor actor) {
        store.markAllRead(actor.id(), clock.instant());
    }

    /** What a person chose: how often to mail, and which tags they watch. */
    public record Preferences(EmailFrequency frequency, List<String> watchedTags) {
    }

    public Preferences preferences(Actor actor) {
        EmailFrequency frequency = store.recipient(actor.id()).map(NotifyStore.Recipient::frequency)
                .orElse(EmailFrequency.IMMEDIATELY);
        return new Preferences(frequency, store.watchedTags(actor.id()));
    }

    @Transactional
    public void savePreferences(Actor actor, String frequency, List<String> watchedTags) {
        EmailFrequency parsed = EmailFrequency.parse(frequency);
        List<String> tags = PostRules.normalizeTags(watchedTags);
        InvalidInput.Collector problems = new InvalidInput.Collector()
                .check(parsed != null, "frequency", "must be immediately, daily or off")
                .check(tags.size() <= 50, "tags", "watch at most 50 tags");
        tags.forEach(t -> problems.check(PostRules.TAG.matcher(t).matches(), "tags", "'" + t + "' is not a tag"));
        problems.throwIfAny();
        store.setFrequency(actor.id(), parsed);
        store.replaceWatchedTags(actor.id(), tags);
    }

    /** The one-click unsubscribe: valid link, e-mail off. */
    @Transactional
    public boolean unsubscribe(long userId, String token) {
        if (!unsubscribe.valid(userId, token) || store.recipient(userId).isEmpty()) {
            return false;
        }
        store.setFrequency(userId, EmailFrequency.OFF);
        return true;
    }
}
