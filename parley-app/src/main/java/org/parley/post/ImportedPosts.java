package org.parley.post;

import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * Finds what an importer already brought in, by its {@link Source} reference, so that importing the same
 * file again changes nothing and a longer version adds only what is new.
 */
@Service
public class ImportedPosts {

    private final PostStore posts;
    private final CommentStore comments;

    ImportedPosts(PostStore posts, CommentStore comments) {
        this.posts = posts;
        this.comments = comments;
    }

    /** The question or answer imported from {@code ref} of {@code system}, deleted or not. */
    public Optional<Post> post(String system, String ref) {
        return posts.findBySource(system, ref);
    }

    /** The comment imported from {@code ref} of {@code system}, deleted or not. */
    public Optional<Comment> comment(String system, String ref) {
        return comments.findBySource(system, ref);
    }
}
