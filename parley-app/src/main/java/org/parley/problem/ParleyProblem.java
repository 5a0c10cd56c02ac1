package org.parley.problem;

/**
 * A refusal a person can act on. Services throw these; {@link ProblemResponses} turns them into
 * RFC 9457 responses, so rules never talk HTTP and HTTP never hides a rule.
 */
public sealed class ParleyProblem extends RuntimeException
        permits NotFound, Forbidden, Conflict, InvalidInput, Unauthenticated {

    private final int status;
    private final String title;

    protected ParleyProblem(int status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
