package org.parley.dashboard;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.parley.problem.Forbidden;
import org.parley.problem.InvalidInput;
import org.parley.user.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The figures an expert or moderator reads the backlog by, over whole weeks (UTC, Monday first),
 * up to now. They are added up from the summary {@link DashboardSummary} keeps, a few rows per
 * week and scope, so they are computed afresh on every request and never lag behind the posts.
 */
@Service
public class BacklogDashboard {

    private static final int TAGS = 8;
    private static final int EXPERTS = 10;

    private final DashboardStore store;
    private final TransactionTemplate snapshot;
    private final Clock clock;

    BacklogDashboard(DashboardStore store, PlatformTransactionManager transactions, Clock clock) {
        this.store = store;
        // One read-only transaction on a stable snapshot (repeatable read on PostgreSQL; on SQLite the
        // transaction holds the write lock), so the counts and the waits a median is read from agree.
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.clock = clock;
    }

    public BacklogFigures figures(Actor actor, int weeks) {
        if (!actor.canEditAnyPost()) {
            throw new Forbidden("The backlog dashboard is for experts and moderators.");
        }
        if (weeks < 1 || weeks > 104) {
            throw InvalidInput.of("weeks", "must be between 1 and 104");
        }
        return snapshot.execute(status -> compute(weeks, clock.instant()));
    }

    /**
     * The period runs from the Monday {@code weeks - 1} weeks before this week's to now. Weekly
     * counts hold whole weeks, so what the current week holds dated after now (normally nothing) is
     * counted again, as {@code later}, and taken out.
     */
    private BacklogFigures compute(int weeks, Instant now) {
        LocalDate firstWeek = now.atZone(ZoneOffset.UTC).toLocalDate()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(weeks - 1L);
        long from = millis(firstWeek);
        long to = now.toEpochMilli();
        long lastWeek = SummaryKeys.week(to);
        long lastWeekEnd = lastWeek + SummaryKeys.WEEK;

        Tally later = store.cellsDated(to, lastWeekEnd);

        // Week by week over every question; the backlog carries over from the weeks before the period.
        Map<Long, long[]> all = store.weeks(QuestionRow.ALL, from, lastWeek);
        long open = store.backlog(List.of(QuestionRow.ALL), from - SummaryKeys.WEEK).getOrDefault(QuestionRow.ALL, 0L);
        long[] total = new long[Tally.SETTLED + 1];
        List<BacklogFigures.Week> rows = new ArrayList<>();
        for (int i = 0; i < weeks; i++) {
            long week = from + i * SummaryKeys.WEEK;
            long[] c = minus(all.get(week), later.week(QuestionRow.ALL, week));
            open += c[Tally.QUESTIONS] - c[Tally.SETTLED];
            rows.add(new BacklogFigures.Week(firstWeek.plusWeeks(i), c[Tally.ASKED], open));
            for (int k = 0; k < total.length; k++) {
                total[k] += c[k];
            }
        }

        // The busiest tags: most questions first, ties in the database's order of names (the sort is stable).
        List<Map.Entry<String, long[]>> tagTotals = new ArrayList<>();
        store.tagTotals(from, lastWeek).forEach((tag, counts) -> {
            long[] c = minus(counts, later.week(tag, lastWeek));
            if (c[Tally.QUESTIONS] > 0) {
                tagTotals.add(Map.entry(tag, c));
            }
        });
        tagTotals.sort(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -e.getValue()[Tally.QUESTIONS]));
        List<Map.Entry<String, long[]>> busiest = tagTotals.subList(0, Math.min(TAGS, tagTotals.size()));

        List<String> scopes = new ArrayList<>(List.of(QuestionRow.ALL));
        busiest.forEach(e -> scopes.add(e.getKey()));
        Map<String, TreeMap<Long, Long>> buckets = store.waitBuckets(scopes, from, lastWeek);
        Map<String, Long> backlog = store.backlog(scopes, lastWeek);
        List<BacklogFigures.TagFigures> tags = busiest.stream().map(e -> {
            String tag = e.getKey();
            long[] c = e.getValue();
            long[] current = later.week(tag, lastWeek);
            return new BacklogFigures.TagFigures(tag, c[Tally.QUESTIONS], share(c[Tally.WITHIN_DAY], c[Tally.QUESTIONS]),
                    share(c[Tally.WITHIN_WEEK], c[Tally.QUESTIONS]), medianWait(tag, buckets, later, from, to),
                    backlog.getOrDefault(tag, 0L) - current[Tally.QUESTIONS] + current[Tally.SETTLED]);
        }).toList();

        return new BacklogFigures(firstWeek, now.atZone(ZoneOffset.UTC).toLocalDate(), total[Tally.QUESTIONS],
                share(total[Tally.WITHIN_DAY], total[Tally.QUESTIONS]),
                share(total[Tally.WITHIN_WEEK], total[Tally.QUESTIONS]),
                medianWait(QuestionRow.ALL, buckets, later, from, to), rows, tags, experts(from, to, later));
    }

    /**
     * The median wait for a first answer among a scope's questions asked in [from, to): the bucket
     * counts say which bucket holds the middle position(s) and where in it; the store reads the exact
     * wait there. An even count averages the two middle waits.
     */
    private Duration medianWait(String scope, Map<String, TreeMap<Long, Long>> buckets, Tally later, long from, long to) {
        TreeMap<Long, Long> counts = new TreeMap<>();
        long n = 0;
        for (Map.Entry<Long, Long> e : buckets.getOrDefault(scope, new TreeMap<>()).entrySet()) {
            long c = e.getValue() - later.waits(scope, SummaryKeys.week(to), e.getKey());
            if (c > 0) {
                counts.put(e.getKey(), c);
                n += c;
            }
        }
        if (n == 0) {
            return null;
        }
        List<Long> middle = waitsFrom(scope, counts, (n - 1) / 2, n % 2 == 0 ? 2 : 1, from, to);
        return Duration.ofMillis(middle.stream().mapToLong(Long::longValue).sum() / middle.size());
    }

    /** {@code count} waits in order from the 0-based {@code position}, from one bucket or across two. */
    private List<Long> waitsFrom(String scope, TreeMap<Long, Long> counts, long position, int count, long from, long to) {
        List<Long> waits = new ArrayList<>();
        long before = 0;
        for (Map.Entry<Long, Long> bucket : counts.entrySet()) {
            long next = position + waits.size();
            if (next < before + bucket.getValue()) {
                int take = (int) Math.min(count - waits.size(), before + bucket.getValue() - next);
                List<Long> read = store.waits(scope, bucket.getKey(), from, to, next - before, take);
                if (read.size() != take) {
                    throw outOfStep(scope);
                }
                waits.addAll(read);
                if (waits.size() == count) {
                    return waits;
                }
            }
            before += bucket.getValue();
        }
        throw outOfStep(scope);
    }

    private static IllegalStateException outOfStep(String scope) {
        return new IllegalStateException("The dashboard summary's wait counts for scope '" + scope
                + "' disagree with its questions; run 'parley dashboard rebuild'.");
    }

    /** Experts with the most answers in the period (ties by handle), with their median response time. */
    private List<BacklogFigures.ExpertFigures> experts(long from, long to, Tally later) {
        long lastWeek = SummaryKeys.week(to);
        List<Map.Entry<DashboardStore.Answerer, long[]>> answering = new ArrayList<>();
        for (DashboardStore.Answerer a : store.experts(from, lastWeek)) {
            long[] c = minus(a.counts(), later.answerer(a.id(), lastWeek));
            if (c[Tally.ANSWERS] > 0) {
                answering.add(Map.entry(a, c));
            }
        }
        answering.sort(Comparator.comparingLong(
                (Map.Entry<DashboardStore.Answerer, long[]> e) -> -e.getValue()[Tally.ANSWERS]));
        return answering.stream().limit(EXPERTS).map(e -> {
            DashboardStore.Answerer a = e.getKey();
            long[] c = e.getValue();
            return new BacklogFigures.ExpertFigures(a.handle(), a.displayName(), c[Tally.ANSWERS],
                    c[Tally.FIRST_ANSWERS], c[Tally.ACCEPTED], medianResponse(a.id(), c[Tally.ANSWERS], from, to));
        }).toList();
    }

    private Duration medianResponse(long authorId, long answers, long from, long to) {
        List<Long> middle = store.responses(authorId, from, to, (answers - 1) / 2, answers % 2 == 0 ? 2 : 1);
        if (middle.isEmpty()) {
            throw new IllegalStateException("The dashboard summary's answer counts for user " + authorId
                    + " disagree with its answers; run 'parley dashboard rebuild'.");
        }
        return Duration.ofMillis(middle.stream().mapToLong(Long::longValue).sum() / middle.size());
    }

    /** {@code counts} less {@code later}, as a new array; a missing row counts as zeros. */
    private static long[] minus(long[] counts, long[] later) {
        long[] c = new long[Math.max(later.length, counts == null ? 0 : counts.length)];
        for (int i = 0; i < c.length; i++) {
            c[i] = (counts == null || i >= counts.length ? 0 : counts[i]) - (i < later.length ? later[i] : 0);
        }
        return c;
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static long millis(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    /** "3 h 20 min", "2 d 4 h": a duration as a person reads it. */
    public static String readable(Duration d) {
        if (d == null) {
            return "–";
        }
        long minutes = d.toMinutes();
        if (minutes < 60) {
            return minutes + " min";
        }
        if (minutes < 24 * 60) {
            return minutes / 60 + " h " + minutes % 60 + " min";
        }
        return minutes / (24 * 60) + " d " + minutes % (24 * 60) / 60 + " h";
    }

    public static String percent(double share) {
        return Math.round(share * 100) + " %";
    }
}
