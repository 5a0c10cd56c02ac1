package org.parley.web;

/**
 * What every page needs besides its own content: who is signed in (if anyone), the CSRF token
 * for its forms, the search box's query, and the fingerprinted asset URLs.
 *
 * @param handle      the signed-in user's handle, or null for a reader who is not signed in
 * @param role        their role name ({@code member}, {@code expert}, ...), or null
 * @param csrfParameter the form field name that carries {@code csrfToken}
 */
public record PageContext(String handle, String role, String csrfParameter,
                          String csrfToken, String path, String query, Assets assets, long unread) {

    public boolean signedIn() {
        return handle != null;
    }

    public boolean canModerate() {
        return "moderator".equals(role) || "admin".equals(role);
    }

    public boolean canEditAnyPost() {
        return signedIn() && !"member".equals(role);
    }

    public boolean isAdmin() {
        return "admin".equals(role);
    }

    public boolean isExpert() {
        return canEditAnyPost();
    }
}
