package org.parley.importer.stackexchange;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
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
            return LocalDateTime.parse(value.strip()).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw refused(name + " '" + value + "' is not a date like 2010-07-28T19:04:21.300");
        }
    }

    public ImportRefused refused(String problem) {
        return new ImportRefused(file + " line " + line + ": " + problem);
    }
}
