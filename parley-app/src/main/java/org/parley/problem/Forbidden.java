package org.parley.problem;

/** The actor is known but this action is not theirs to take. */
public final class Forbidden extends ParleyProblem {
    public Forbidden(String detail) {
        super(403, "Forbidden", detail);
    }
}
