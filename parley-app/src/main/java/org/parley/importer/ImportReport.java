package org.parley.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.parley.importer.blogthread.ImportEvaluation;
import org.parley.importer.blogthread.ImportEvaluation.Prediction;
import org.parley.importer.blogthread.Role;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The {@code --report} file: {@code {"source": ..., "comments": [ReportEntry, ...]}}, and reading it back to score it. */
public final class ImportReport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ImportReport() {
    }

    public static void write(Path file, String source, List<ReportEntry> entries) {
        try {
            Files.writeString(file, JSON.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(Map.of("source", source, "comments", entries)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report " + file + ": " + e.getMessage(), e);
        }
    }

    /** The report's decisions, keyed by comment number, for {@link ImportEvaluation}. */
    public static Map<Integer, Prediction> predictions(Path file) {
        JsonNode root = read(file);
        Map<Integer, Prediction> out = new HashMap<>();
        int index = 0;
        for (JsonNode entry : root.path("comments")) {
            String where = file + ": comments[" + index++ + "]";
            String ref = entry.path("ref").asString("");
            if (!ref.matches(".*#\\d+")) {
                throw new ImportRefused(where + ": ref '" + ref + "' is not of the form system#N");
            }
            List<Integer> questions = new ArrayList<>();
            if (entry.has("questionRefs")) {
                entry.path("questionRefs").forEach(q -> questions.add(ImportEvaluation.refNumber(q.asString())));
            } else if (entry.hasNonNull("questionRef")) {
                questions.add(ImportEvaluation.refNumber(entry.path("questionRef").asString()));
            }
            int number = ImportEvaluation.refNumber(ref);
            out.put(number, new Prediction(number, entry.path("author").asString(""), role(entry, where), questions));
        }
        if (out.isEmpty()) {
            throw new ImportRefused(file + ": no \"comments\" entries; is this a report written by parley import --report?");
        }
        return out;
    }

    private static Role role(JsonNode entry, String where) {
        String role = entry.path("role").asString("");
        try {
            return Role.valueOf(role.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ImportRefused(where + ": role '" + role + "' is not one of question, followup, answer, thanks, other");
        }
    }

    static JsonNode read(Path file) {
        try {
            return JSON.readTree(Files.readAllBytes(file));
        } catch (JacksonException e) {
            throw new ImportRefused(file + ": not valid JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new ImportRefused(file + ": cannot read (" + e.getMessage() + ")");
        }
    }
}
