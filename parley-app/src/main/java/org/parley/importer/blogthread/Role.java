package org.parley.importer.blogthread;

/** What a comment does in the conversation it belongs to. */
public enum Role {
    /** Opens a new conversation. */
    QUESTION,
    /** The asker adds to their own conversation (more detail, a new sub-question, a reply to the answer). */
    FOLLOWUP,
    /** Someone (usually the blog author) responds to an asker. */
    ANSWER,
    /** A short acknowledgement with no new question. */
    THANKS,
    /** Anything else (meta remarks, misplaced posts). */
    OTHER
}
