package org.parley.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Times as people read them: "3 hours ago", with the exact UTC time for a tooltip. */
public final class TimeText {

    private static final DateTimeFormatter EXACT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private TimeText() {
    }

    public static String exact(Instant t) {
        return t == null ? "" : EXACT.format(t);
    }

    public static String iso(Instant t) {
        return t == null ? "" : t.toString();
    }

    public static String relative(Instant t) {
        return relative(t, Instant.now());
    }

    static String relative(Instant t, Instant now) {
        if (t == null) {
            return "";
        }
        long s = Math.max(0, Duration.between(t, now).getSeconds());
        if (s < 60) {
            return "just now";
        }
        if (s < 3600) {
            return plural(s / 60, "minute");
        }
        if (s < 86400) {
            return plural(s / 3600, "hour");
        }
        if (s < 86400L * 30) {
            return plural(s / 86400, "day");
        }
        if (s < 86400L * 365) {
            return plural(s / (86400L * 30), "month");
        }
        return plural(s / (86400L * 365), "year");
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s") + " ago";
    }
}
