package org.parley.user;

/** The signed-in user on whose behalf a request acts; rules check permissions against it. */
public record Actor(long id, String handle, Role role) {

    public boolean canModerate() {
        return role.canModerate();
    }

    public boolean canEditAnyPost() {
        return role.canEditAnyPost();
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
