package org.parley.dashboard;

/**
 * How the summary files a time under its week and a wait under its bucket: each rule once in Java
 * (for changes as they happen) and once as SQL (for rebuilds), side by side so they stay the same.
 */
final class SummaryKeys {

    static final long MINUTE = 60_000;
    static final long HOUR = 60 * MINUTE;
    static final long DAY = 24 * HOUR;
    static final long WEEK = 7 * DAY;

    /** 1970-01-05 00:00 UTC, the first Monday after the epoch: weeks start on Mondays. */
    private static final long MONDAY = 4 * DAY;

    /**
     * Wait buckets: below each limit, waits are rounded down to that width; beyond the last, to a day.
     * Fine where waits crowd (the first hours), coarse in the long tail, so the bucket holding a
     * median over a few months keeps only some hundred waits to sort.
     */
    private static final long[][] BUCKETS = {
            {HOUR, 5 * MINUTE},
            {DAY, 30 * MINUTE},
            {WEEK, 2 * HOUR},
            {30 * DAY, 12 * HOUR}};
    private static final long LONG_WAITS = DAY;

    /** The bucket of every negative wait (an answer dated before its question, as imports can have). */
    private static final long EARLY = -1;

    private SummaryKeys() {
    }

    /** The Monday 00:00 UTC that starts the week of {@code at}. */
    static long week(long at) {
        return at - Math.floorMod(at - MONDAY, WEEK);
    }

    /** {@link #week(long)} in SQL; {@code %} truncates on both vendors, hence the double modulo. */
    static String week(String column) {
        return "(%1$s - ((%1$s - %2$d) %% %3$d + %3$d) %% %3$d)".formatted(column, MONDAY, WEEK);
    }

    /** The lower end of the bucket a wait falls in; buckets sort like the waits in them. */
    static long waitBucket(long wait) {
        if (wait < 0) {
            return EARLY;
        }
        for (long[] bucket : BUCKETS) {
            if (wait < bucket[0]) {
                return wait - wait % bucket[1];
            }
        }
        return wait - wait % LONG_WAITS;
    }

    /** {@link #waitBucket(long)} in SQL, NULL for a NULL wait. */
    static String waitBucket(String column) {
        StringBuilder sql = new StringBuilder("CASE WHEN %1$s IS NULL THEN NULL WHEN %1$s < 0 THEN %2$d");
        for (long[] bucket : BUCKETS) {
            sql.append(" WHEN %1$s < ").append(bucket[0]).append(" THEN %1$s - %1$s %% ").append(bucket[1]);
        }
        sql.append(" ELSE %1$s - %1$s %% ").append(LONG_WAITS).append(" END");
        return "(" + sql.toString().formatted(column, EARLY) + ")";
    }
}
