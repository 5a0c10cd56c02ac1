/**
 * Web: what every page shares: the page context (signed-in user, CSRF token, assets), the layout
 * templates under {@code src/main/jte/web}, error pages, slugs and time formatting. Features render
 * their own pages with it.
 */
package org.parley.web;
