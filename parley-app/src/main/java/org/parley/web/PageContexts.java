package org.parley.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Builds the {@link PageContext} of a request. The security feature implements it, because it
 * knows who is signed in and holds the CSRF token; pages only consume the result.
 */
public interface PageContexts {

    PageContext of(HttpServletRequest request);
}
