package org.parley.user;

import java.util.Optional;

/**
 * Whoever reads a page or calls a read API: an {@link Actor} when signed in, nobody otherwise.
 * Reads show more to some (a moderator sees deleted posts).
 */
public record Viewer(Actor actor) {

    public static final Viewer ANONYMOUS = new Viewer(null);

    public Optional<Actor> signedIn() {
        return Optional.ofNullable(actor);
    }

    public boolean canModerate() {
        return actor != null && actor.canModerate();
    }

    public boolean is(long userId) {
        return actor != null && actor.id() == userId;
    }
}
