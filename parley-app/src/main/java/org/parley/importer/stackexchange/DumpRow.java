package org.parley.importer.stackexchange;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import org.parley.importer.ImportRefused;

/**
 * One {@code <row .../>} of a dump file with where it stands, so every complaint about it can name the position.
 *
 * @param file       the file's name ({@code Posts.xml})
 * @param line       1-based line of the row
 * @param attributes the row's attributes by name
 */
public record DumpRow(String file, int line, Map<String, String> attributes) {

    public DumpRow {
        attributes = Map.copyOf(attributes);
    }

    public String text(String name) {
        return attributes.get(name);
    }

    public String required(String name) {
        String value = attributes.get(name);
        if (value == null) {
            throw refused("the row has no " + name);
        }
        return value;
    }

    public long number(String name) {
        String value = required(name);
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw refused(name + " '" + value + "' is not a number");
        }
    }

    public Long optionalNumber(String name) {
        return attributes.containsKey(name) ? number(name) : null;
    }

    /** Dump dates are UTC without a zone ({@code 2010-07-28T19:04:21.300}). */
    public Instant time(String name) {
        String value = required(name);
        try {
            Instant exact = exactDumpTime(value);
            return exact != null ? exact : LocalDateTime.parse(value.strip()).toInstant(ZoneOffset.UTC);
        } catch (java.time.DateTimeException e) { // unparseable, or a day like 2010-02-30
            throw refused(name + " '" + value + "' is not a date like 2010-07-28T19:04:21.300");
        }
    }

    public ImportRefused refused(String problem) {
        return new ImportRefused(file + " line " + line + ": " + problem);
    }

    /**
     * The dumps' one exact form, {@code yyyy-MM-ddTHH:mm:ss.SSS}, read by hand: a million-post import reads
     * millions of dates, and the general parser costs more than the rest of a vote row. Null for any other form.
     */
    private static Instant exactDumpTime(String v) {
        if (v.length() != 23 || v.charAt(4) != '-' || v.charAt(7) != '-' || v.charAt(10) != 'T' || v.charAt(13) != ':'
                || v.charAt(16) != ':' || v.charAt(19) != '.') {
            return null;
        }
        int year = digits(v, 0, 4);
        int month = digits(v, 5, 2);
        int day = digits(v, 8, 2);
        int hour = digits(v, 11, 2);
        int minute = digits(v, 14, 2);
        int second = digits(v, 17, 2);
        int millis = digits(v, 20, 3);
        if ((year | month | day | hour | minute | second | millis) < 0) {
            return null;
        }
        return LocalDateTime.of(year, month, day, hour, minute, second, millis * 1_000_000).toInstant(ZoneOffset.UTC);
    }

    private static int digits(String s, int from, int count) {
        int n = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
