/**
 * Posts: questions, answers, comments, votes, acceptance, edits with revisions, redaction and soft
 * deletion, and tags. Services hold the rules and publish {@link org.parley.post.PostEvent}s inside
 * their transaction; stores hold the SQL; the API controllers only translate HTTP.
 */
package org.parley.post;
