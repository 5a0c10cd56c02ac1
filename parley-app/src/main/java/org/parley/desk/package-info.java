/**
 * The expert's desk: the unanswered queue (oldest first or by votes, by tag, without questions
 * others have claimed), expiring "I'm on it" claims, and a focused answering view that moves on to
 * the next question.
 */
package org.parley.desk;
