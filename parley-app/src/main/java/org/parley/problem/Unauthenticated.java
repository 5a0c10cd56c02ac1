package org.parley.problem;

/** The action needs a signed-in user and the request carries none. */
public final class Unauthenticated extends ParleyProblem {
    public Unauthenticated(String detail) {
        super(401, "Authentication required", detail);
    }
}
