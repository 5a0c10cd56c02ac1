package org.parley.dashboard;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * What the backlog dashboard shows.
 *
 * @param weeks            one row per week, oldest first
 * @param answeredIn24h    share of questions (asked in the period) with a first answer within 24 hours
 * @param answeredIn7d     the same within 7 days
 * @param medianFirstAnswer median time from question to its first answer, over answered questions; null if none
 */
public record BacklogFigures(LocalDate from, LocalDate to, long questions, double answeredIn24h, double answeredIn7d,
                             Duration medianFirstAnswer, List<Week> weeks, List<TagFigures> tags,
                             List<ExpertFigures> experts) {

    /** A week: questions asked in it, and the open backlog (unanswered questions) at its end. */
    public record Week(LocalDate start, long asked, long openAtEnd) {
    }

    public record TagFigures(String tag, long questions, double answeredIn24h, double answeredIn7d,
                             Duration medianFirstAnswer, long open) {
    }

    public record ExpertFigures(String handle, String displayName, long answers, long firstAnswers, long accepted,
                                Duration medianResponse) {
    }
}
