package org.parley.user;

import java.time.Instant;

/**
 * A person (or, for imported authors, a placeholder that cannot log in).
 * The password hash never leaves {@link UserStore}.
 */
public record User(long id, String handle, String displayName, String email, Role role,
                   boolean placeholder, Instant createdAt) {

    public Actor asActor() {
        return new Actor(id, handle, role);
    }
}
