package org.parley.web;

/** How many unread notifications someone has, for the header; the notify feature provides it. */
public interface InboxCounter {

    long unread(long userId);
}
