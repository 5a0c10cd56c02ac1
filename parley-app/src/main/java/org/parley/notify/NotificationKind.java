package org.parley.notify;

import java.util.Locale;

/** Why someone is told about something; also the wording of the message. */
public enum NotificationKind {
    ANSWER_ON_YOUR_QUESTION("New answer to your question"),
    COMMENT_ON_YOUR_QUESTION("New comment on your question"),
    COMMENT_ON_YOUR_ANSWER("New comment on your answer"),
    MENTION("You were mentioned"),
    ANSWER_ACCEPTED("Your answer was accepted"),
    CLOSED_AS_DUPLICATE("Your question was closed as a duplicate"),
    WATCHED_TAG("New question in a tag you watch");

    private final String headline;

    NotificationKind(String headline) {
        this.headline = headline;
    }

    public String headline() {
        return headline;
    }

    String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    static NotificationKind of(String dbValue) {
        return valueOf(dbValue.toUpperCase(Locale.ROOT));
    }
}
