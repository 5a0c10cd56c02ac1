package org.parley.user;

/** A token just created: the only moment its secret is shown. */
public record IssuedToken(ApiToken token, String secret) {
}
