package org.parley.dashboard;

import java.util.HashMap;
import java.util.Map;

/**
 * Changes to the summary's weekly counts, by cell. {@link #add(QuestionRow, int)} and
 * {@link #add(AnswerRow, int)} are the rule for what one row adds (old rows of a question are counted
 * out with -1, new ones in with +1); {@link SummaryStore#weekCells} and its siblings state the same
 * rule in SQL for many rows at once.
 */
final class Tally {

    /** A scope's week: its counts are indexed by {@link #ASKED} to {@link #SETTLED}. */
    record WeekCell(String scope, long week) {
    }

    /** Answered questions of a scope asked in a week, whose wait falls in one bucket. */
    record WaitCell(String scope, long week, long bucket) {
    }

    /** An author's week: counts indexed by {@link #ANSWERS} to {@link #ACCEPTED}. */
    record AnswererCell(long authorId, long week) {
    }

    static final int ASKED = 0;
    static final int QUESTIONS = 1;
    static final int ANSWERED = 2;
    static final int WITHIN_DAY = 3;
    static final int WITHIN_WEEK = 4;
    static final int SETTLED = 5;

    static final int ANSWERS = 0;
    static final int FIRST_ANSWERS = 1;
    static final int ACCEPTED = 2;

    private static final long[] NONE = new long[SETTLED + 1];

    private final Map<WeekCell, long[]> weeks = new HashMap<>();
    private final Map<WaitCell, Long> waits = new HashMap<>();
    private final Map<AnswererCell, long[]> answerers = new HashMap<>();

    /**
     * Counts a question row {@code sign} times: asked, answered and its wait in the week it was asked;
     * leaving the backlog in the week it settled.
     */
    void add(QuestionRow row, int sign) {
        long asked = SummaryKeys.week(row.askedAt());
        long[] c = weeks.computeIfAbsent(new WeekCell(row.scope(), asked), k -> new long[SETTLED + 1]);
        c[ASKED] += sign;
        if (!row.duplicate()) {
            c[QUESTIONS] += sign;
            Long wait = row.waitMillis();
            if (wait != null) {
                c[ANSWERED] += sign;
                c[WITHIN_DAY] += wait <= SummaryKeys.DAY ? sign : 0;
                c[WITHIN_WEEK] += wait <= 7 * SummaryKeys.DAY ? sign : 0;
                waits.merge(new WaitCell(row.scope(), asked, row.waitBucket()), (long) sign, Long::sum);
            }
        }
        Long settled = row.settledAt();
        if (settled != null) {
            weeks.computeIfAbsent(new WeekCell(row.scope(), SummaryKeys.week(settled)), k -> new long[SETTLED + 1])
                    [SETTLED] += sign;
        }
    }

    /** Counts an answer row {@code sign} times, in the week it was written. */
    void add(AnswerRow row, int sign) {
        long[] c = answerers.computeIfAbsent(new AnswererCell(row.authorId(), SummaryKeys.week(row.answeredAt())),
                k -> new long[ACCEPTED + 1]);
        c[ANSWERS] += sign;
        c[FIRST_ANSWERS] += row.first() ? sign : 0;
        c[ACCEPTED] += row.accepted() ? sign : 0;
    }

    /** Adds counts read from the database to a cell. */
    void add(WeekCell cell, long[] counts) {
        long[] c = weeks.computeIfAbsent(cell, k -> new long[SETTLED + 1]);
        for (int i = 0; i < counts.length; i++) {
            c[i] += counts[i];
        }
    }

    void add(WaitCell cell, long count) {
        waits.merge(cell, count, Long::sum);
    }

    void add(AnswererCell cell, long[] counts) {
        long[] c = answerers.computeIfAbsent(cell, k -> new long[ACCEPTED + 1]);
        for (int i = 0; i < counts.length; i++) {
            c[i] += counts[i];
        }
    }

    long[] week(String scope, long week) {
        return weeks.getOrDefault(new WeekCell(scope, week), NONE);
    }

    long waits(String scope, long week, long bucket) {
        return waits.getOrDefault(new WaitCell(scope, week, bucket), 0L);
    }

    long[] answerer(long authorId, long week) {
        return answerers.getOrDefault(new AnswererCell(authorId, week), NONE);
    }

    /** The cells some count changed in (those that cancelled out are left out). */
    Map<WeekCell, long[]> weekChanges() {
        Map<WeekCell, long[]> changed = new HashMap<>(weeks);
        changed.values().removeIf(Tally::allZero);
        return changed;
    }

    Map<WaitCell, Long> waitChanges() {
        Map<WaitCell, Long> changed = new HashMap<>(waits);
        changed.values().removeIf(n -> n == 0);
        return changed;
    }

    Map<AnswererCell, long[]> answererChanges() {
        Map<AnswererCell, long[]> changed = new HashMap<>(answerers);
        changed.values().removeIf(Tally::allZero);
        return changed;
    }

    private static boolean allZero(long[] counts) {
        for (long c : counts) {
            if (c != 0) {
                return false;
            }
        }
        return true;
    }
}
