package org.parley.problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Input that breaks one or more limits; every broken field is reported at once. */
public final class InvalidInput extends ParleyProblem {

    private final List<FieldProblem> fields;

    public InvalidInput(List<FieldProblem> fields) {
        super(422, "Invalid input", fields.stream()
                .map(f -> f.field() + ": " + f.message())
                .collect(Collectors.joining("; ")));
        this.fields = List.copyOf(fields);
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> fields() {
        return fields;
    }

    /** One message per field (joined when a field broke several limits), keys prefixed for forms. */
    public Map<String, String> messagesByField(String prefix) {
        Map<String, String> messages = new LinkedHashMap<>();
        fields.forEach(f -> messages.merge(prefix + f.field(), f.message(), (a, b) -> a + "; " + b));
        return messages;
    }

    /** Collects field problems so a form or API call hears about all of them in one answer. */
    public static final class Collector {
        private final List<FieldProblem> problems = new ArrayList<>();

        public Collector add(String field, String message) {
            problems.add(new FieldProblem(field, message));
            return this;
        }

        public Collector check(boolean ok, String field, String message) {
            return ok ? this : add(field, message);
        }

        public void throwIfAny() {
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
        }
    }
}
