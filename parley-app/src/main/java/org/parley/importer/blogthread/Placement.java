package org.parley.importer.blogthread;

/** Where a comment (or one part of it) goes and which comment in that conversation it answers. */
record Placement(ConversationTrack track, int parent) {
}
