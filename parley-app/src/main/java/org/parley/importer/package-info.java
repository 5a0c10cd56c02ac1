/**
 * Import: brings existing discussions into Parley through the post and user services, so every imported
 * post is validated, revisioned and indexed like a typed one. Depends on {@code post} and {@code user};
 * nothing depends on it.
 */
package org.parley.importer;
