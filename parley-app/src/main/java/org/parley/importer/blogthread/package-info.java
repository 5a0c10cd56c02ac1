/**
 * Reading a flat, numbered blog comment thread and rebuilding its conversations: which comment asks, which
 * answers whom, which follows up or thanks. Pure Java, no Spring: {@link org.parley.importer.blogthread.BlogThreadParser}
 * reads the text, {@link org.parley.importer.blogthread.ConversationRebuilder} replays it,
 * {@link org.parley.importer.blogthread.ImportEvaluation} scores the result against hand annotations.
 */
package org.parley.importer.blogthread;
