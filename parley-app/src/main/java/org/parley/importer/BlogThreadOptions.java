package org.parley.importer;

/**
 * How to import a blog thread.
 *
 * @param siteName names the about text made of the opening post (null: no name)
 * @param expert   the blog author's name as printed in the thread, who answers most comments (null or "": found
 *                 from comment counts and greetings, which needs a thread of more than a handful of comments)
 * @param dryRun   do everything, then roll back: the counts are exact and nothing is kept
 */
public record BlogThreadOptions(String siteName, String expert, boolean dryRun) {

    public BlogThreadOptions {
        expert = expert == null ? "" : expert.strip();
    }
}
