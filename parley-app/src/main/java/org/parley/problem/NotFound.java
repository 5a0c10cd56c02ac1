package org.parley.problem;

/** The thing asked for does not exist, or is hidden from this reader (deleted posts). */
public final class NotFound extends ParleyProblem {
    public NotFound(String detail) {
        super(404, "Not found", detail);
    }
}
