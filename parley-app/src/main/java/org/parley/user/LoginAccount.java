package org.parley.user;

/** What the login check needs: who it is, and the hash to compare the password with. */
public record LoginAccount(Actor actor, String passwordHash) {
}
