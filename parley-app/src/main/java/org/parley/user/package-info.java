/**
 * Users: accounts (handle, display name, optional e-mail, bcrypt password hash, role), placeholder
 * users for imported authors, personal API tokens, and {@link org.parley.user.Actor}, the signed-in
 * user every rule checks permissions against.
 */
package org.parley.user;
