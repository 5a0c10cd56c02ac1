/**
 * Notifications: an in-app inbox and e-mail (immediately, as a daily digest, or off) for answers,
 * comments, mentions, acceptance, duplicate closing and watched tags. Mail is queued in the store in
 * the same transaction as the post and sent by a background worker with retry and backoff.
 */
package org.parley.notify;
