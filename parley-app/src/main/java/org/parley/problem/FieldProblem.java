package org.parley.problem;

/** One field that broke a limit, named as the client sent it. */
public record FieldProblem(String field, String message) {
}
