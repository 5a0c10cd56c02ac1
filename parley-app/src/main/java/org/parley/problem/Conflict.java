package org.parley.problem;

/** The request is valid on its own but clashes with what is stored (a taken handle, say). */
public final class Conflict extends ParleyProblem {
    public Conflict(String detail) {
        super(409, "Conflict", detail);
    }
}
