/** Feeds: Atom 1.0 documents (written with ROME) for newest and unanswered questions, tags and threads. */
package org.parley.feed;
