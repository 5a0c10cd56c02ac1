/**
 * Security: HTTP Basic, Bearer API tokens and form login; throttling of failed logins; CSRF on
 * pages; security headers (strict Content-Security-Policy, frame-ancestors none, nosniff). Features
 * receive the signed-in user as an {@link org.parley.user.Actor} and never touch Spring Security.
 */
package org.parley.security;
