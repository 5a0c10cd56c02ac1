package org.parley.dashboard;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.parley.problem.Forbidden;
import org.parley.problem.InvalidInput;
import org.parley.user.Actor;
import org.springframework.stereotype.Service;

/** The figures an expert or moderator reads the backlog by, over whole weeks (UTC, Monday first). */
@Service
public class BacklogDashboard {

    private static final int TAGS = 8;
    private static final int EXPERTS = 10;

    /**
     * Figures are recomputed at most once a minute per period: a backlog does not change by the
     * second, and on a million posts the aggregates take seconds (see BENCHMARKS.md).
     */
    private static final Duration FRESH_FOR = Duration.ofMinutes(1);

    private final DashboardStore store;
    private final Clock clock;
    private final Map<Integer, Computed> computed = new ConcurrentHashMap<>();

    private record Computed(Instant at, BacklogFigures figures) {
    }

    BacklogDashboard(DashboardStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public BacklogFigures figures(Actor actor, int weeks) {
        if (!actor.canEditAnyPost()) {
            throw new Forbidden("The backlog dashboard is for experts and moderators.");
        }
        if (weeks < 1 || weeks > 104) {
            throw InvalidInput.of("weeks", "must be between 1 and 104");
        }
        Instant now = clock.instant();
        Computed cached = computed.get(weeks);
        if (cached != null && !cached.at().isAfter(now) && Duration.between(cached.at(), now).compareTo(FRESH_FOR) < 0) {
            return cached.figures();
        }
        BacklogFigures figures = compute(weeks, now);
        computed.put(weeks, new Computed(now, figures));
        return figures;
    }

    private BacklogFigures compute(int weeks, Instant now) {
        LocalDate firstWeek = now.atZone(ZoneOffset.UTC).toLocalDate()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(weeks - 1L);
        long from = millis(firstWeek);
        long to = now.toEpochMilli();

        List<BacklogFigures.Week> rows = new ArrayList<>();
        for (int i = 0; i < weeks; i++) {
            LocalDate start = firstWeek.plusWeeks(i);
            long end = Math.min(millis(start.plusWeeks(1)), to);
            rows.add(new BacklogFigures.Week(start, store.asked(millis(start), end), store.openAt(end)));
        }
        DashboardStore.Shares all = store.shares(from, to);
        var busiest = store.busiestTags(from, to, TAGS);
        List<BacklogFigures.TagFigures> tags = List.of();
        if (!busiest.isEmpty()) {
            List<String> names = List.copyOf(busiest.keySet());
            var medians = store.medianFirstAnswerByTag(from, to, names);
            var open = store.openByTag(to, names);
            tags = busiest.entrySet().stream().map(e -> {
                DashboardStore.Shares s = e.getValue();
                return new BacklogFigures.TagFigures(e.getKey(), s.questions(), share(s.within24h(), s.questions()),
                        share(s.within7d(), s.questions()), medians.get(e.getKey()), open.getOrDefault(e.getKey(), 0L));
            }).toList();
        }
        List<BacklogFigures.ExpertFigures> experts = store.experts(from, to, EXPERTS).stream()
                .map(e -> new BacklogFigures.ExpertFigures(e.handle(), e.displayName(), e.answers(), e.firstAnswers(),
                        e.accepted(), store.medianResponse(e.id(), from, to).orElse(null)))
                .toList();
        return new BacklogFigures(firstWeek, now.atZone(ZoneOffset.UTC).toLocalDate(), all.questions(),
                share(all.within24h(), all.questions()), share(all.within7d(), all.questions()),
                store.medianFirstAnswer(from, to).orElse(null), rows, tags, experts);
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
